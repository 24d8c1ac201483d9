function S(n,t={},e=[]){const r=document.createElement(n);for(const[i,o]of Object.entries(t))r.setAttribute(i,o);return ve(r,e),r}function D(n,t={},e=[]){const r=document.createElementNS("http://www.w3.org/2000/svg",n);for(const[i,o]of Object.entries(t))r.setAttribute(i,String(o));return ve(r,e),r}function ve(n,t){for(const e of t)e==null||e===!1||n.append(typeof e=="number"?String(e):e)}function Un(n,t,e={}){return S("a",{href:n,...e},[t])}const Ve=localStorage.getItem("paradiplo-language");let Kn=Ve==="ko"?"ko":"en";function Rt(){return Kn}function Ee(n){Kn=n,localStorage.setItem("paradiplo-language",n),document.documentElement.lang=n}const Je={loading:["Loading…","불러오는 중…"],query:["query","쿼리"],openGraphiql:["open in GraphiQL","GraphiQL에서 열기"],world:["World","세계"],worldCities:["cities","도시"],allKinds:["every kind","모든 종류"],allContinents:["every continent","모든 대륙"],allDecades:["every decade","모든 연대"],partnersMap:["Partners on the map","지도 위의 협력 도시"],agreements:["Agreements","협정"],partner:["Partner","상대 도시"],kind:["Kind","종류"],signed:["Signed","체결"],ended:["Ended","종료"],status:["Status","상태"],sources:["Sources","출처"],undated:["undated","날짜 미상"],networks:["Networks","네트워크"],role:["Role","역할"],joined:["Joined","가입"],left:["Left","탈퇴"],policies:["Policies","정책"],exported:["Exported","수출"],received:["Received","수입"],events:["Events hosted","개최 행사"],statistics:["Statistics","통계"],centrality:["Centrality","중심성"],degree:["Degree (partners)","연결 정도(협력 도시 수)"],betweenness:["Betweenness","매개 중심성"],rank:["rank","순위"],timeline:["Timeline","연표"],undatedFacts:["Undated, not placed on the chart","날짜 미상, 도표에 넣지 않음"],network:["Network","네트워크 그래프"],related:["Cities sharing the most","가장 많이 공유하는 도시"],shared:["shared","공유"],path:["Path","경로"],pathTo:["Path to…","경로…"],pathFind:["find","찾기"],noPath:["No chain of at most 4 steps links them.","4단계 이내로 이어지는 경로가 없습니다."],steps:["steps","단계"],none:["None recorded.","기록 없음."],country:["Country","국가"]};function $(n){return Je[n][Kn==="en"?0:1]}function F(n){return n?(Kn==="ko"?n.nameKo??n.nameEn:n.nameEn??n.nameKo)??"?":"?"}const Ze={SISTER:["sister city","자매도시"],FRIENDSHIP:["friendship city","우호도시"],PARTNERSHIP:["partnership","협력 협정"],TWINNING:["twinning","결연"]};function mn(n){const t=Ze[n];return t?t[Kn==="en"?0:1]:n.toLowerCase().replaceAll("_"," ")}const Xn={SISTER:"#d1495b",FRIENDSHIP:"#edae49",PARTNERSHIP:"#00798c",TWINNING:"#7d5ba6"};function bn(n,t){return n==null||t==null?NaN:n<t?-1:n>t?1:n>=t?0:NaN}function nr(n,t){return n==null||t==null?NaN:t<n?-1:t>n?1:t>=n?0:NaN}function we(n){let t,e,r;n.length!==2?(t=bn,e=(c,p)=>bn(n(c),p),r=(c,p)=>n(c)-p):(t=n===bn||n===nr?n:tr,e=n,r=n);function i(c,p,h=0,l=c.length){if(h<l){if(t(p,p)!==0)return l;do{const s=h+l>>>1;e(c[s],p)<0?h=s+1:l=s}while(h<l)}return h}function o(c,p,h=0,l=c.length){if(h<l){if(t(p,p)!==0)return l;do{const s=h+l>>>1;e(c[s],p)<=0?h=s+1:l=s}while(h<l)}return h}function u(c,p,h=0,l=c.length){const s=i(c,p,h,l-1);return s>h&&r(c[s-1],p)>-r(c[s],p)?s-1:s}return{left:i,center:u,right:o}}function tr(){return 0}function er(n){return n===null?NaN:+n}we(bn);we(er).center;class sn{constructor(){this._partials=new Float64Array(32),this._n=0}add(t){const e=this._partials;let r=0;for(let i=0;i<this._n&&i<32;i++){const o=e[i],u=t+o,c=Math.abs(t)<Math.abs(o)?t-(u-o):o-(u-t);c&&(e[r++]=c),t=u}return e[r]=t,this._n=r+1,this}valueOf(){const t=this._partials;let e=this._n,r,i,o,u=0;if(e>0){for(u=t[--e];e>0&&(r=u,i=t[--e],u=r+i,o=i-(u-r),!o););e>0&&(o<0&&t[e-1]<0||o>0&&t[e-1]>0)&&(i=o*2,r=u+i,i==r-u&&(u=r))}return u}}function*rr(n){for(const t of n)yield*t}function xe(n){return Array.from(rr(n))}function dn(n,t,e){n=+n,t=+t,e=(i=arguments.length)<2?(t=n,n=0,1):i<3?1:+e;for(var r=-1,i=Math.max(0,Math.ceil((t-n)/e))|0,o=new Array(i);++r<i;)o[r]=n+r*e;return o}var R=1e-6,I=Math.PI,Q=I/2,Dt=I/4,J=I*2,rn=180/I,U=I/180,L=Math.abs,ir=Math.atan,In=Math.atan2,q=Math.cos,qn=Math.ceil,z=Math.sin,or=Math.sign||function(n){return n>0?1:n<0?-1:0},cn=Math.sqrt;function ar(n){return n>1?0:n<-1?I:Math.acos(n)}function Tn(n){return n>1?Q:n<-1?-Q:Math.asin(n)}function V(){}function Wn(n,t){n&&zt.hasOwnProperty(n.type)&&zt[n.type](n,t)}var qt={Feature:function(n,t){Wn(n.geometry,t)},FeatureCollection:function(n,t){for(var e=n.features,r=-1,i=e.length;++r<i;)Wn(e[r].geometry,t)}},zt={Sphere:function(n,t){t.sphere()},Point:function(n,t){n=n.coordinates,t.point(n[0],n[1],n[2])},MultiPoint:function(n,t){for(var e=n.coordinates,r=-1,i=e.length;++r<i;)n=e[r],t.point(n[0],n[1],n[2])},LineString:function(n,t){pt(n.coordinates,t,0)},MultiLineString:function(n,t){for(var e=n.coordinates,r=-1,i=e.length;++r<i;)pt(e[r],t,0)},Polygon:function(n,t){Ht(n.coordinates,t)},MultiPolygon:function(n,t){for(var e=n.coordinates,r=-1,i=e.length;++r<i;)Ht(e[r],t)},GeometryCollection:function(n,t){for(var e=n.geometries,r=-1,i=e.length;++r<i;)Wn(e[r],t)}};function pt(n,t,e){var r=-1,i=n.length-e,o;for(t.lineStart();++r<i;)o=n[r],t.point(o[0],o[1],o[2]);t.lineEnd()}function Ht(n,t){var e=-1,r=n.length;for(t.polygonStart();++e<r;)pt(n[e],t,1);t.polygonEnd()}function pn(n,t){n&&qt.hasOwnProperty(n.type)?qt[n.type](n,t):Wn(n,t)}function dt(n){return[In(n[1],n[0]),Tn(n[2])]}function vn(n){var t=n[0],e=n[1],r=q(e);return[r*q(t),r*z(t),z(e)]}function zn(n,t){return n[0]*t[0]+n[1]*t[1]+n[2]*t[2]}function Qn(n,t){return[n[1]*t[2]-n[2]*t[1],n[2]*t[0]-n[0]*t[2],n[0]*t[1]-n[1]*t[0]]}function at(n,t){n[0]+=t[0],n[1]+=t[1],n[2]+=t[2]}function Hn(n,t){return[n[0]*t,n[1]*t,n[2]*t]}function gt(n){var t=cn(n[0]*n[0]+n[1]*n[1]+n[2]*n[2]);n[0]/=t,n[1]/=t,n[2]/=t}function yt(n,t){function e(r,i){return r=n(r,i),t(r[0],r[1])}return n.invert&&t.invert&&(e.invert=function(r,i){return r=t.invert(r,i),r&&n.invert(r[0],r[1])}),e}function mt(n,t){return L(n)>I&&(n-=Math.round(n/J)*J),[n,t]}mt.invert=mt;function sr(n,t,e){return(n%=J)?t||e?yt(jt(n),bt(t,e)):jt(n):t||e?bt(t,e):mt}function Bt(n){return function(t,e){return t+=n,L(t)>I&&(t-=Math.round(t/J)*J),[t,e]}}function jt(n){var t=Bt(n);return t.invert=Bt(-n),t}function bt(n,t){var e=q(n),r=z(n),i=q(t),o=z(t);function u(c,p){var h=q(p),l=q(c)*h,s=z(c)*h,a=z(p),f=a*e+l*r;return[In(s*i-f*o,l*e-a*r),Tn(f*i+s*o)]}return u.invert=function(c,p){var h=q(p),l=q(c)*h,s=z(c)*h,a=z(p),f=a*i-s*o;return[In(s*i+a*o,l*e+f*r),Tn(f*e-l*r)]},u}function lr(n,t,e,r,i,o){if(e){var u=q(t),c=z(t),p=r*e;i==null?(i=t+r*J,o=t-p/2):(i=Yt(u,i),o=Yt(u,o),(r>0?i<o:i>o)&&(i+=r*J));for(var h,l=i;r>0?l>o:l<o;l-=p)h=dt([u,-c*q(l),-c*z(l)]),n.point(h[0],h[1])}}function Yt(n,t){t=vn(t),t[0]-=n,gt(t);var e=ar(-t[1]);return((-t[2]<0?-e:e)+J-R)%J}function Se(){var n=[],t;return{point:function(e,r,i){t.push([e,r,i])},lineStart:function(){n.push(t=[])},lineEnd:V,rejoin:function(){n.length>1&&n.push(n.pop().concat(n.shift()))},result:function(){var e=n;return n=[],t=null,e}}}function Yn(n,t){return L(n[0]-t[0])<R&&L(n[1]-t[1])<R}function Bn(n,t,e,r){this.x=n,this.z=t,this.o=e,this.e=r,this.v=!1,this.n=this.p=null}function _e(n,t,e,r,i){var o=[],u=[],c,p;if(n.forEach(function(g){if(!((y=g.length-1)<=0)){var y,d=g[0],m=g[y],E;if(Yn(d,m)){if(!d[2]&&!m[2]){for(i.lineStart(),c=0;c<y;++c)i.point((d=g[c])[0],d[1]);i.lineEnd();return}m[0]+=2*R}o.push(E=new Bn(d,g,null,!0)),u.push(E.o=new Bn(d,null,E,!1)),o.push(E=new Bn(m,g,null,!1)),u.push(E.o=new Bn(m,null,E,!0))}}),!!o.length){for(u.sort(t),Gt(o),Gt(u),c=0,p=u.length;c<p;++c)u[c].e=e=!e;for(var h=o[0],l,s;;){for(var a=h,f=!0;a.v;)if((a=a.n)===h)return;l=a.z,i.lineStart();do{if(a.v=a.o.v=!0,a.e){if(f)for(c=0,p=l.length;c<p;++c)i.point((s=l[c])[0],s[1]);else r(a.x,a.n.x,1,i);a=a.n}else{if(f)for(l=a.p.z,c=l.length-1;c>=0;--c)i.point((s=l[c])[0],s[1]);else r(a.x,a.p.x,-1,i);a=a.p}a=a.o,l=a.z,f=!f}while(!a.v);i.lineEnd()}}}function Gt(n){if(t=n.length){for(var t,e=0,r=n[0],i;++e<t;)r.n=i=n[e],i.p=r,r=i;r.n=i=n[0],i.p=r}}function st(n){return L(n[0])<=I?n[0]:or(n[0])*((L(n[0])+I)%J-I)}function ur(n,t){var e=st(t),r=t[1],i=z(r),o=[z(e),-q(e),0],u=0,c=0,p=new sn;i===1?r=Q+R:i===-1&&(r=-Q-R);for(var h=0,l=n.length;h<l;++h)if(a=(s=n[h]).length)for(var s,a,f=s[a-1],g=st(f),y=f[1]/2+Dt,d=z(y),m=q(y),E=0;E<a;++E,g=w,d=N,m=k,f=v){var v=s[E],w=st(v),_=v[1]/2+Dt,N=z(_),k=q(_),P=w-g,C=P>=0?1:-1,T=C*P,M=T>I,Y=d*N;if(p.add(In(Y*C*z(T),m*k+Y*q(T))),u+=M?P+C*J:P,M^g>=e^w>=e){var K=Qn(vn(f),vn(v));gt(K);var O=Qn(o,K);gt(O);var x=(M^P>=0?-1:1)*Tn(O[2]);(r>x||r===x&&(K[0]||K[1]))&&(c+=M^P>=0?1:-1)}}return(u<-R||u<R&&p<-1e-12)^c&1}function $e(n,t,e,r){return function(i){var o=t(i),u=Se(),c=t(u),p=!1,h,l,s,a={point:f,lineStart:y,lineEnd:d,polygonStart:function(){a.point=m,a.lineStart=E,a.lineEnd=v,l=[],h=[]},polygonEnd:function(){a.point=f,a.lineStart=y,a.lineEnd=d,l=xe(l);var w=ur(h,r);l.length?(p||(i.polygonStart(),p=!0),_e(l,fr,w,e,i)):w&&(p||(i.polygonStart(),p=!0),i.lineStart(),e(null,null,1,i),i.lineEnd()),p&&(i.polygonEnd(),p=!1),l=h=null},sphere:function(){i.polygonStart(),i.lineStart(),e(null,null,1,i),i.lineEnd(),i.polygonEnd()}};function f(w,_){n(w,_)&&i.point(w,_)}function g(w,_){o.point(w,_)}function y(){a.point=g,o.lineStart()}function d(){a.point=f,o.lineEnd()}function m(w,_){s.push([w,_]),c.point(w,_)}function E(){c.lineStart(),s=[]}function v(){m(s[0][0],s[0][1]),c.lineEnd();var w=c.clean(),_=u.result(),N,k=_.length,P,C,T;if(s.pop(),h.push(s),s=null,!!k){if(w&1){if(C=_[0],(P=C.length-1)>0){for(p||(i.polygonStart(),p=!0),i.lineStart(),N=0;N<P;++N)i.point((T=C[N])[0],T[1]);i.lineEnd()}return}k>1&&w&2&&_.push(_.pop().concat(_.shift())),l.push(_.filter(cr))}}return a}}function cr(n){return n.length>1}function fr(n,t){return((n=n.x)[0]<0?n[1]-Q-R:Q-n[1])-((t=t.x)[0]<0?t[1]-Q-R:Q-t[1])}var Ut=$e(function(){return!0},hr,dr,[-I,-Q]);function hr(n){var t=NaN,e=NaN,r=NaN,i;return{lineStart:function(){n.lineStart(),i=1},point:function(o,u){var c=o>0?I:-I,p=L(o-t);L(p-I)<R?(n.point(t,e=(e+u)/2>0?Q:-Q),n.point(r,e),n.lineEnd(),n.lineStart(),n.point(c,e),n.point(o,e),i=0):r!==c&&p>=I&&(L(t-r)<R&&(t-=r*R),L(o-c)<R&&(o-=c*R),e=pr(t,e,o,u),n.point(r,e),n.lineEnd(),n.lineStart(),n.point(c,e),i=0),n.point(t=o,e=u),r=c},lineEnd:function(){n.lineEnd(),t=e=NaN},clean:function(){return 2-i}}}function pr(n,t,e,r){var i,o,u=z(n-e);return L(u)>R?ir((z(t)*(o=q(r))*z(e)-z(r)*(i=q(t))*z(n))/(i*o*u)):(t+r)/2}function dr(n,t,e,r){var i;if(n==null)i=e*Q,r.point(-I,i),r.point(0,i),r.point(I,i),r.point(I,0),r.point(I,-i),r.point(0,-i),r.point(-I,-i),r.point(-I,0),r.point(-I,i);else if(L(n[0]-t[0])>R){var o=n[0]<t[0]?I:-I;i=e*o/2,r.point(-o,i),r.point(0,i),r.point(o,i)}else r.point(t[0],t[1])}function gr(n){var t=q(n),e=2*U,r=t>0,i=L(t)>R;function o(l,s,a,f){lr(f,n,e,a,l,s)}function u(l,s){return q(l)*q(s)>t}function c(l){var s,a,f,g,y;return{lineStart:function(){g=f=!1,y=1},point:function(d,m){var E=[d,m],v,w=u(d,m),_=r?w?0:h(d,m):w?h(d+(d<0?I:-I),m):0;if(!s&&(g=f=w)&&l.lineStart(),w!==f&&(v=p(s,E),(!v||Yn(s,v)||Yn(E,v))&&(E[2]=1)),w!==f)y=0,w?(l.lineStart(),v=p(E,s),l.point(v[0],v[1])):(v=p(s,E),l.point(v[0],v[1],2),l.lineEnd()),s=v;else if(i&&s&&r^w){var N;!(_&a)&&(N=p(E,s,!0))&&(y=0,r?(l.lineStart(),l.point(N[0][0],N[0][1]),l.point(N[1][0],N[1][1]),l.lineEnd()):(l.point(N[1][0],N[1][1]),l.lineEnd(),l.lineStart(),l.point(N[0][0],N[0][1],3)))}w&&(!s||!Yn(s,E))&&l.point(E[0],E[1]),s=E,f=w,a=_},lineEnd:function(){f&&l.lineEnd(),s=null},clean:function(){return y|(g&&f)<<1}}}function p(l,s,a){var f=vn(l),g=vn(s),y=[1,0,0],d=Qn(f,g),m=zn(d,d),E=d[0],v=m-E*E;if(!v)return!a&&l;var w=t*m/v,_=-t*E/v,N=Qn(y,d),k=Hn(y,w),P=Hn(d,_);at(k,P);var C=N,T=zn(k,C),M=zn(C,C),Y=T*T-M*(zn(k,k)-1);if(!(Y<0)){var K=cn(Y),O=Hn(C,(-T-K)/M);if(at(O,k),O=dt(O),!a)return O;var x=l[0],A=s[0],H=l[1],G=s[1],X;A<x&&(X=x,x=A,A=X);var Sn=A-x,tn=L(Sn-I)<R,an=tn||Sn<R;if(!tn&&G<H&&(X=H,H=G,G=X),an?tn?H+G>0^O[1]<(L(O[0]-x)<R?H:G):H<=O[1]&&O[1]<=G:Sn>I^(x<=O[0]&&O[0]<=A)){var en=Hn(C,(-T+K)/M);return at(en,k),[O,dt(en)]}}}function h(l,s){var a=r?n:I-n,f=0;return l<-a?f|=1:l>a&&(f|=2),s<-a?f|=4:s>a&&(f|=8),f}return $e(u,c,o,r?[0,-n]:[-I,n-I])}function yr(n,t,e,r,i,o){var u=n[0],c=n[1],p=t[0],h=t[1],l=0,s=1,a=p-u,f=h-c,g;if(g=e-u,!(!a&&g>0)){if(g/=a,a<0){if(g<l)return;g<s&&(s=g)}else if(a>0){if(g>s)return;g>l&&(l=g)}if(g=i-u,!(!a&&g<0)){if(g/=a,a<0){if(g>s)return;g>l&&(l=g)}else if(a>0){if(g<l)return;g<s&&(s=g)}if(g=r-c,!(!f&&g>0)){if(g/=f,f<0){if(g<l)return;g<s&&(s=g)}else if(f>0){if(g>s)return;g>l&&(l=g)}if(g=o-c,!(!f&&g<0)){if(g/=f,f<0){if(g>s)return;g>l&&(l=g)}else if(f>0){if(g<l)return;g<s&&(s=g)}return l>0&&(n[0]=u+l*a,n[1]=c+l*f),s<1&&(t[0]=u+s*a,t[1]=c+s*f),!0}}}}}var $n=1e9,jn=-$n;function mr(n,t,e,r){function i(h,l){return n<=h&&h<=e&&t<=l&&l<=r}function o(h,l,s,a){var f=0,g=0;if(h==null||(f=u(h,s))!==(g=u(l,s))||p(h,l)<0^s>0)do a.point(f===0||f===3?n:e,f>1?r:t);while((f=(f+s+4)%4)!==g);else a.point(l[0],l[1])}function u(h,l){return L(h[0]-n)<R?l>0?0:3:L(h[0]-e)<R?l>0?2:1:L(h[1]-t)<R?l>0?1:0:l>0?3:2}function c(h,l){return p(h.x,l.x)}function p(h,l){var s=u(h,1),a=u(l,1);return s!==a?s-a:s===0?l[1]-h[1]:s===1?h[0]-l[0]:s===2?h[1]-l[1]:l[0]-h[0]}return function(h){var l=h,s=Se(),a,f,g,y,d,m,E,v,w,_,N,k={point:P,lineStart:Y,lineEnd:K,polygonStart:T,polygonEnd:M};function P(x,A){i(x,A)&&l.point(x,A)}function C(){for(var x=0,A=0,H=f.length;A<H;++A)for(var G=f[A],X=1,Sn=G.length,tn=G[0],an,en,Dn=tn[0],fn=tn[1];X<Sn;++X)an=Dn,en=fn,tn=G[X],Dn=tn[0],fn=tn[1],en<=r?fn>r&&(Dn-an)*(r-en)>(fn-en)*(n-an)&&++x:fn<=r&&(Dn-an)*(r-en)<(fn-en)*(n-an)&&--x;return x}function T(){l=s,a=[],f=[],N=!0}function M(){var x=C(),A=N&&x,H=(a=xe(a)).length;(A||H)&&(h.polygonStart(),A&&(h.lineStart(),o(null,null,1,h),h.lineEnd()),H&&_e(a,c,x,o,h),h.polygonEnd()),l=h,a=f=g=null}function Y(){k.point=O,f&&f.push(g=[]),_=!0,w=!1,E=v=NaN}function K(){a&&(O(y,d),m&&w&&s.rejoin(),a.push(s.result())),k.point=P,w&&l.lineEnd()}function O(x,A){var H=i(x,A);if(f&&g.push([x,A]),_)y=x,d=A,m=H,_=!1,H&&(l.lineStart(),l.point(x,A));else if(H&&w)l.point(x,A);else{var G=[E=Math.max(jn,Math.min($n,E)),v=Math.max(jn,Math.min($n,v))],X=[x=Math.max(jn,Math.min($n,x)),A=Math.max(jn,Math.min($n,A))];yr(G,X,n,t,e,r)?(w||(l.lineStart(),l.point(G[0],G[1])),l.point(X[0],X[1]),H||l.lineEnd(),N=!1):H&&(l.lineStart(),l.point(x,A),N=!1)}E=x,v=A,w=H}return k}}function Xt(n,t,e){var r=dn(n,t-R,e).concat(t);return function(i){return r.map(function(o){return[i,o]})}}function Wt(n,t,e){var r=dn(n,t-R,e).concat(t);return function(i){return r.map(function(o){return[o,i]})}}function vr(){var n,t,e,r,i,o,u,c,p=10,h=p,l=90,s=360,a,f,g,y,d=2.5;function m(){return{type:"MultiLineString",coordinates:E()}}function E(){return dn(qn(r/l)*l,e,l).map(g).concat(dn(qn(c/s)*s,u,s).map(y)).concat(dn(qn(t/p)*p,n,p).filter(function(v){return L(v%l)>R}).map(a)).concat(dn(qn(o/h)*h,i,h).filter(function(v){return L(v%s)>R}).map(f))}return m.lines=function(){return E().map(function(v){return{type:"LineString",coordinates:v}})},m.outline=function(){return{type:"Polygon",coordinates:[g(r).concat(y(u).slice(1),g(e).reverse().slice(1),y(c).reverse().slice(1))]}},m.extent=function(v){return arguments.length?m.extentMajor(v).extentMinor(v):m.extentMinor()},m.extentMajor=function(v){return arguments.length?(r=+v[0][0],e=+v[1][0],c=+v[0][1],u=+v[1][1],r>e&&(v=r,r=e,e=v),c>u&&(v=c,c=u,u=v),m.precision(d)):[[r,c],[e,u]]},m.extentMinor=function(v){return arguments.length?(t=+v[0][0],n=+v[1][0],o=+v[0][1],i=+v[1][1],t>n&&(v=t,t=n,n=v),o>i&&(v=o,o=i,i=v),m.precision(d)):[[t,o],[n,i]]},m.step=function(v){return arguments.length?m.stepMajor(v).stepMinor(v):m.stepMinor()},m.stepMajor=function(v){return arguments.length?(l=+v[0],s=+v[1],m):[l,s]},m.stepMinor=function(v){return arguments.length?(p=+v[0],h=+v[1],m):[p,h]},m.precision=function(v){return arguments.length?(d=+v,a=Xt(o,i,90),f=Wt(t,n,d),g=Xt(c,u,90),y=Wt(r,e,d),m):d},m.extentMajor([[-180,-90+R],[180,90-R]]).extentMinor([[-180,-80-R],[180,80+R]])}function Er(){return vr()()}var vt=n=>n,lt=new sn,Et=new sn,Ne,Me,wt,xt,on={point:V,lineStart:V,lineEnd:V,polygonStart:function(){on.lineStart=wr,on.lineEnd=Sr},polygonEnd:function(){on.lineStart=on.lineEnd=on.point=V,lt.add(L(Et)),Et=new sn},result:function(){var n=lt/2;return lt=new sn,n}};function wr(){on.point=xr}function xr(n,t){on.point=Pe,Ne=wt=n,Me=xt=t}function Pe(n,t){Et.add(xt*n-wt*t),wt=n,xt=t}function Sr(){Pe(Ne,Me)}var En=1/0,Vn=En,On=-En,Jn=On,Zn={point:_r,lineStart:V,lineEnd:V,polygonStart:V,polygonEnd:V,result:function(){var n=[[En,Vn],[On,Jn]];return On=Jn=-(Vn=En=1/0),n}};function _r(n,t){n<En&&(En=n),n>On&&(On=n),t<Vn&&(Vn=t),t>Jn&&(Jn=t)}var St=0,_t=0,Nn=0,nt=0,tt=0,gn=0,$t=0,Nt=0,Mn=0,ke,Ce,Z,nn,W={point:ln,lineStart:Qt,lineEnd:Vt,polygonStart:function(){W.lineStart=Mr,W.lineEnd=Pr},polygonEnd:function(){W.point=ln,W.lineStart=Qt,W.lineEnd=Vt},result:function(){var n=Mn?[$t/Mn,Nt/Mn]:gn?[nt/gn,tt/gn]:Nn?[St/Nn,_t/Nn]:[NaN,NaN];return St=_t=Nn=nt=tt=gn=$t=Nt=Mn=0,n}};function ln(n,t){St+=n,_t+=t,++Nn}function Qt(){W.point=$r}function $r(n,t){W.point=Nr,ln(Z=n,nn=t)}function Nr(n,t){var e=n-Z,r=t-nn,i=cn(e*e+r*r);nt+=i*(Z+n)/2,tt+=i*(nn+t)/2,gn+=i,ln(Z=n,nn=t)}function Vt(){W.point=ln}function Mr(){W.point=kr}function Pr(){Ae(ke,Ce)}function kr(n,t){W.point=Ae,ln(ke=Z=n,Ce=nn=t)}function Ae(n,t){var e=n-Z,r=t-nn,i=cn(e*e+r*r);nt+=i*(Z+n)/2,tt+=i*(nn+t)/2,gn+=i,i=nn*n-Z*t,$t+=i*(Z+n),Nt+=i*(nn+t),Mn+=i*3,ln(Z=n,nn=t)}function Re(n){this._context=n}Re.prototype={_radius:4.5,pointRadius:function(n){return this._radius=n,this},polygonStart:function(){this._line=0},polygonEnd:function(){this._line=NaN},lineStart:function(){this._point=0},lineEnd:function(){this._line===0&&this._context.closePath(),this._point=NaN},point:function(n,t){switch(this._point){case 0:{this._context.moveTo(n,t),this._point=1;break}case 1:{this._context.lineTo(n,t);break}default:{this._context.moveTo(n+this._radius,t),this._context.arc(n,t,this._radius,0,J);break}}},result:V};var Mt=new sn,ut,Ie,Te,Pn,kn,Ln={point:V,lineStart:function(){Ln.point=Cr},lineEnd:function(){ut&&Oe(Ie,Te),Ln.point=V},polygonStart:function(){ut=!0},polygonEnd:function(){ut=null},result:function(){var n=+Mt;return Mt=new sn,n}};function Cr(n,t){Ln.point=Oe,Ie=Pn=n,Te=kn=t}function Oe(n,t){Pn-=n,kn-=t,Mt.add(cn(Pn*Pn+kn*kn)),Pn=n,kn=t}let Jt,et,Zt,ne;class te{constructor(t){this._append=t==null?Le:Ar(t),this._radius=4.5,this._=""}pointRadius(t){return this._radius=+t,this}polygonStart(){this._line=0}polygonEnd(){this._line=NaN}lineStart(){this._point=0}lineEnd(){this._line===0&&(this._+="Z"),this._point=NaN}point(t,e){switch(this._point){case 0:{this._append`M${t},${e}`,this._point=1;break}case 1:{this._append`L${t},${e}`;break}default:{if(this._append`M${t},${e}`,this._radius!==Zt||this._append!==et){const r=this._radius,i=this._;this._="",this._append`m0,${r}a${r},${r} 0 1,1 0,${-2*r}a${r},${r} 0 1,1 0,${2*r}z`,Zt=r,et=this._append,ne=this._,this._=i}this._+=ne;break}}}result(){const t=this._;return this._="",t.length?t:null}}function Le(n){let t=1;this._+=n[0];for(const e=n.length;t<e;++t)this._+=arguments[t]+n[t]}function Ar(n){const t=Math.floor(n);if(!(t>=0))throw new RangeError(`invalid digits: ${n}`);if(t>15)return Le;if(t!==Jt){const e=10**t;Jt=t,et=function(i){let o=1;this._+=i[0];for(const u=i.length;o<u;++o)this._+=Math.round(arguments[o]*e)/e+i[o]}}return et}function Rr(n,t){let e=3,r=4.5,i,o;function u(c){return c&&(typeof r=="function"&&o.pointRadius(+r.apply(this,arguments)),pn(c,i(o))),o.result()}return u.area=function(c){return pn(c,i(on)),on.result()},u.measure=function(c){return pn(c,i(Ln)),Ln.result()},u.bounds=function(c){return pn(c,i(Zn)),Zn.result()},u.centroid=function(c){return pn(c,i(W)),W.result()},u.projection=function(c){return arguments.length?(i=c==null?(n=null,vt):(n=c).stream,u):n},u.context=function(c){return arguments.length?(o=c==null?(t=null,new te(e)):new Re(t=c),typeof r!="function"&&o.pointRadius(r),u):t},u.pointRadius=function(c){return arguments.length?(r=typeof c=="function"?c:(o.pointRadius(+c),+c),u):r},u.digits=function(c){if(!arguments.length)return e;if(c==null)e=null;else{const p=Math.floor(c);if(!(p>=0))throw new RangeError(`invalid digits: ${c}`);e=p}return t===null&&(o=new te(e)),u},u.projection(n).digits(e).context(t)}function It(n){return function(t){var e=new Pt;for(var r in n)e[r]=n[r];return e.stream=t,e}}function Pt(){}Pt.prototype={constructor:Pt,point:function(n,t){this.stream.point(n,t)},sphere:function(){this.stream.sphere()},lineStart:function(){this.stream.lineStart()},lineEnd:function(){this.stream.lineEnd()},polygonStart:function(){this.stream.polygonStart()},polygonEnd:function(){this.stream.polygonEnd()}};function Tt(n,t,e){var r=n.clipExtent&&n.clipExtent();return n.scale(150).translate([0,0]),r!=null&&n.clipExtent(null),pn(e,n.stream(Zn)),t(Zn.result()),r!=null&&n.clipExtent(r),n}function Fe(n,t,e){return Tt(n,function(r){var i=t[1][0]-t[0][0],o=t[1][1]-t[0][1],u=Math.min(i/(r[1][0]-r[0][0]),o/(r[1][1]-r[0][1])),c=+t[0][0]+(i-u*(r[1][0]+r[0][0]))/2,p=+t[0][1]+(o-u*(r[1][1]+r[0][1]))/2;n.scale(150*u).translate([c,p])},e)}function Ir(n,t,e){return Fe(n,[[0,0],t],e)}function Tr(n,t,e){return Tt(n,function(r){var i=+t,o=i/(r[1][0]-r[0][0]),u=(i-o*(r[1][0]+r[0][0]))/2,c=-o*r[0][1];n.scale(150*o).translate([u,c])},e)}function Or(n,t,e){return Tt(n,function(r){var i=+t,o=i/(r[1][1]-r[0][1]),u=-o*r[0][0],c=(i-o*(r[1][1]+r[0][1]))/2;n.scale(150*o).translate([u,c])},e)}var ee=16,Lr=q(30*U);function re(n,t){return+t?Kr(n,t):Fr(n)}function Fr(n){return It({point:function(t,e){t=n(t,e),this.stream.point(t[0],t[1])}})}function Kr(n,t){function e(r,i,o,u,c,p,h,l,s,a,f,g,y,d){var m=h-r,E=l-i,v=m*m+E*E;if(v>4*t&&y--){var w=u+a,_=c+f,N=p+g,k=cn(w*w+_*_+N*N),P=Tn(N/=k),C=L(L(N)-1)<R||L(o-s)<R?(o+s)/2:In(_,w),T=n(C,P),M=T[0],Y=T[1],K=M-r,O=Y-i,x=E*K-m*O;(x*x/v>t||L((m*K+E*O)/v-.5)>.3||u*a+c*f+p*g<Lr)&&(e(r,i,o,u,c,p,M,Y,C,w/=k,_/=k,N,y,d),d.point(M,Y),e(M,Y,C,w,_,N,h,l,s,a,f,g,y,d))}}return function(r){var i,o,u,c,p,h,l,s,a,f,g,y,d={point:m,lineStart:E,lineEnd:w,polygonStart:function(){r.polygonStart(),d.lineStart=_},polygonEnd:function(){r.polygonEnd(),d.lineStart=E}};function m(P,C){P=n(P,C),r.point(P[0],P[1])}function E(){s=NaN,d.point=v,r.lineStart()}function v(P,C){var T=vn([P,C]),M=n(P,C);e(s,a,l,f,g,y,s=M[0],a=M[1],l=P,f=T[0],g=T[1],y=T[2],ee,r),r.point(s,a)}function w(){d.point=m,r.lineEnd()}function _(){E(),d.point=N,d.lineEnd=k}function N(P,C){v(i=P,C),o=s,u=a,c=f,p=g,h=y,d.point=v}function k(){e(s,a,l,f,g,y,o,u,i,c,p,h,ee,r),d.lineEnd=w,w()}return d}}var Dr=It({point:function(n,t){this.stream.point(n*U,t*U)}});function qr(n){return It({point:function(t,e){var r=n(t,e);return this.stream.point(r[0],r[1])}})}function zr(n,t,e,r,i){function o(u,c){return u*=r,c*=i,[t+n*u,e-n*c]}return o.invert=function(u,c){return[(u-t)/n*r,(e-c)/n*i]},o}function ie(n,t,e,r,i,o){if(!o)return zr(n,t,e,r,i);var u=q(o),c=z(o),p=u*n,h=c*n,l=u/n,s=c/n,a=(c*e-u*t)/n,f=(c*t+u*e)/n;function g(y,d){return y*=r,d*=i,[p*y-h*d+t,e-h*y-p*d]}return g.invert=function(y,d){return[r*(l*y-s*d+a),i*(f-s*y-l*d)]},g}function Hr(n){return Br(function(){return n})()}function Br(n){var t,e=150,r=480,i=250,o=0,u=0,c=0,p=0,h=0,l,s=0,a=1,f=1,g=null,y=Ut,d=null,m,E,v,w=vt,_=.5,N,k,P,C,T;function M(x){return P(x[0]*U,x[1]*U)}function Y(x){return x=P.invert(x[0],x[1]),x&&[x[0]*rn,x[1]*rn]}M.stream=function(x){return C&&T===x?C:C=Dr(qr(l)(y(N(w(T=x)))))},M.preclip=function(x){return arguments.length?(y=x,g=void 0,O()):y},M.postclip=function(x){return arguments.length?(w=x,d=m=E=v=null,O()):w},M.clipAngle=function(x){return arguments.length?(y=+x?gr(g=x*U):(g=null,Ut),O()):g*rn},M.clipExtent=function(x){return arguments.length?(w=x==null?(d=m=E=v=null,vt):mr(d=+x[0][0],m=+x[0][1],E=+x[1][0],v=+x[1][1]),O()):d==null?null:[[d,m],[E,v]]},M.scale=function(x){return arguments.length?(e=+x,K()):e},M.translate=function(x){return arguments.length?(r=+x[0],i=+x[1],K()):[r,i]},M.center=function(x){return arguments.length?(o=x[0]%360*U,u=x[1]%360*U,K()):[o*rn,u*rn]},M.rotate=function(x){return arguments.length?(c=x[0]%360*U,p=x[1]%360*U,h=x.length>2?x[2]%360*U:0,K()):[c*rn,p*rn,h*rn]},M.angle=function(x){return arguments.length?(s=x%360*U,K()):s*rn},M.reflectX=function(x){return arguments.length?(a=x?-1:1,K()):a<0},M.reflectY=function(x){return arguments.length?(f=x?-1:1,K()):f<0},M.precision=function(x){return arguments.length?(N=re(k,_=x*x),O()):cn(_)},M.fitExtent=function(x,A){return Fe(M,x,A)},M.fitSize=function(x,A){return Ir(M,x,A)},M.fitWidth=function(x,A){return Tr(M,x,A)},M.fitHeight=function(x,A){return Or(M,x,A)};function K(){var x=ie(e,0,0,a,f,s).apply(null,t(o,u)),A=ie(e,r-x[0],i-x[1],a,f,s);return l=sr(c,p,h),k=yt(t,A),P=yt(l,k),N=re(k,_),O()}function O(){return C=T=null,M}return function(){return t=n.apply(this,arguments),M.invert=t.invert&&Y,K()}}function oe(n,t){return[n,t]}oe.invert=oe;function Ke(n,t){var e=t*t,r=e*e;return[n*(.8707-.131979*e+r*(-.013791+r*(.003971*e-.001529*r))),t*(1.007226+e*(.015085+r*(-.044475+.028874*e-.005916*r)))]}Ke.invert=function(n,t){var e=t,r=25,i;do{var o=e*e,u=o*o;e-=i=(e*(1.007226+o*(.015085+u*(-.044475+.028874*o-.005916*u)))-t)/(1.007226+o*(.015085*3+u*(-.044475*7+.028874*9*o-.005916*11*u)))}while(L(i)>R&&--r>0);return[n/(.8707+(o=e*e)*(-.131979+o*(-.013791+o*o*o*(.003971-.001529*o)))),e]};function jr(){return Hr(Ke).scale(175.295)}function br(n){return n}function Yr(n){if(n==null)return br;var t,e,r=n.scale[0],i=n.scale[1],o=n.translate[0],u=n.translate[1];return function(c,p){p||(t=e=0);var h=2,l=c.length,s=new Array(l);for(s[0]=(t+=c[0])*r+o,s[1]=(e+=c[1])*i+u;h<l;)s[h]=c[h],++h;return s}}function Gr(n,t){for(var e,r=n.length,i=r-t;i<--r;)e=n[i],n[i++]=n[r],n[r]=e}function Ur(n,t){return typeof t=="string"&&(t=n.objects[t]),t.type==="GeometryCollection"?{type:"FeatureCollection",features:t.geometries.map(function(e){return ae(n,e)})}:ae(n,t)}function ae(n,t){var e=t.id,r=t.bbox,i=t.properties==null?{}:t.properties,o=De(n,t);return e==null&&r==null?{type:"Feature",properties:i,geometry:o}:r==null?{type:"Feature",id:e,properties:i,geometry:o}:{type:"Feature",id:e,bbox:r,properties:i,geometry:o}}function De(n,t){var e=Yr(n.transform),r=n.arcs;function i(l,s){s.length&&s.pop();for(var a=r[l<0?~l:l],f=0,g=a.length;f<g;++f)s.push(e(a[f],f));l<0&&Gr(s,g)}function o(l){return e(l)}function u(l){for(var s=[],a=0,f=l.length;a<f;++a)i(l[a],s);return s.length<2&&s.push(s[0]),s}function c(l){for(var s=u(l);s.length<4;)s.push(s[0]);return s}function p(l){return l.map(c)}function h(l){var s=l.type,a;switch(s){case"GeometryCollection":return{type:s,geometries:l.geometries.map(h)};case"Point":a=o(l.coordinates);break;case"MultiPoint":a=l.coordinates.map(o);break;case"LineString":a=u(l.arcs);break;case"MultiLineString":a=l.arcs.map(u);break;case"Polygon":a=p(l.arcs);break;case"MultiPolygon":a=l.arcs.map(p);break;default:return null}return{type:s,coordinates:a}}return h(t)}function Xr(n,t){var e={},r={},i={},o=[],u=-1;t.forEach(function(h,l){var s=n.arcs[h<0?~h:h],a;s.length<3&&!s[1][0]&&!s[1][1]&&(a=t[++u],t[u]=h,t[l]=a)}),t.forEach(function(h){var l=c(h),s=l[0],a=l[1],f,g;if(f=i[s])if(delete i[f.end],f.push(h),f.end=a,g=r[a]){delete r[g.start];var y=g===f?f:f.concat(g);r[y.start=f.start]=i[y.end=g.end]=y}else r[f.start]=i[f.end]=f;else if(f=r[a])if(delete r[f.start],f.unshift(h),f.start=s,g=i[s]){delete i[g.end];var d=g===f?f:g.concat(f);r[d.start=g.start]=i[d.end=f.end]=d}else r[f.start]=i[f.end]=f;else f=[h],r[f.start=s]=i[f.end=a]=f});function c(h){var l=n.arcs[h<0?~h:h],s=l[0],a;return n.transform?(a=[0,0],l.forEach(function(f){a[0]+=f[0],a[1]+=f[1]})):a=l[l.length-1],h<0?[a,s]:[s,a]}function p(h,l){for(var s in h){var a=h[s];delete l[a.start],delete a.start,delete a.end,a.forEach(function(f){e[f<0?~f:f]=1}),o.push(a)}}return p(i,r),p(r,i),t.forEach(function(h){e[h<0?~h:h]||o.push([h])}),o}function Wr(n){return De(n,Qr.apply(this,arguments))}function Qr(n,t,e){var r,i,o;if(arguments.length>1)r=Vr(n,t,e);else for(i=0,r=new Array(o=n.arcs.length);i<o;++i)r[i]=i;return{type:"MultiLineString",arcs:Xr(n,r)}}function Vr(n,t,e){var r=[],i=[],o;function u(s){var a=s<0?~s:s;(i[a]||(i[a]=[])).push({i:s,g:o})}function c(s){s.forEach(u)}function p(s){s.forEach(c)}function h(s){s.forEach(p)}function l(s){switch(o=s,s.type){case"GeometryCollection":s.geometries.forEach(l);break;case"LineString":c(s.arcs);break;case"MultiLineString":case"Polygon":p(s.arcs);break;case"MultiPolygon":h(s.arcs);break}}return l(t),i.forEach(e==null?function(s){r.push(s[0].i)}:function(s){e(s[0].g,s[s.length-1].g)&&r.push(s[0].i)}),r}const Jr="/explore/assets/countries-110m-B3KlhDC_.json",se=960,le=500;let ue;class Ot{element;arcs=D("g",{class:"arcs"});marks=D("g",{class:"marks"});projection=jr().fitSize([se,le],{type:"Sphere"});path=Rr(this.projection);constructor(t){this.element=D("svg",{class:"world-map",viewBox:`0 0 ${se} ${le}`,role:"img"},[D("path",{class:"sphere",d:this.path({type:"Sphere"})??""}),D("path",{class:"graticule",d:this.path(Er())??""})]);const e=D("g",{class:"land"});this.element.append(e,this.arcs,this.marks),t.append(this.element),ue??=fetch(Jr).then(r=>r.json()),ue.then(r=>{e.append(D("path",{class:"countries",d:this.path(Ur(r,r.objects.countries))??""}),D("path",{class:"borders",d:this.path(Wr(r,r.objects.countries,(i,o)=>i!==o))??""}))})}point(t){return t.latitude==null||t.longitude==null?null:this.projection([t.longitude,t.latitude])}mark(t,e,r,i={}){const o=this.point(t);if(!o)return null;const u=D("circle",{cx:o[0].toFixed(1),cy:o[1].toFixed(1),r:e.toFixed(2),...i},[D("title",{},[r])]);return this.marks.append(u),u}arc(t,e,r={}){if(t.latitude==null||t.longitude==null||e.latitude==null||e.longitude==null)return null;const i={type:"LineString",coordinates:[[t.longitude,t.latitude],[e.longitude,e.latitude]]},o=D("path",{class:"arc",d:this.path(i)??"",...r});return this.arcs.append(o),o}}class kt extends Error{constructor(t){super(t.map(e=>`${e.extensions?.code??"ERROR"}: ${e.message}`).join("; ")),this.errors=t}errors}const Zr=new URL("/graphql",location.href).href;async function Lt(n,t){const e=await fetch(Zr,{method:"POST",headers:{"content-type":"application/json",accept:"application/graphql-response+json"},body:JSON.stringify({query:n.toString(),variables:t})}),r=await e.json().catch(()=>({}));if(r.errors?.length)throw new kt(r.errors);if(!e.ok||r.data==null)throw new kt([{message:`HTTP ${e.status} without data`}]);return r.data}class wn{element;body;query;constructor(t,e,r){this.body=S("div",{class:"panel-body"}),this.query=S("div",{class:"query-slot"}),this.element=S("section",{class:"panel","data-panel":r},[S("header",{},[S("h2",{},[e]),this.query]),this.body]),t.append(this.element)}async load(t,e,r){this.showQuery(t,e,r),this.body.replaceChildren(S("p",{class:"loading"},[$("loading")]));try{const i=await Lt(t,e);return this.body.replaceChildren(),i}catch(i){this.fail(i);return}}fail(t){const e=t instanceof kt||t instanceof Error?t.message:String(t);this.body.replaceChildren(S("p",{class:"error",role:"alert"},[e]))}showQuery(t,e,r){const i=t.toString().trim(),o=JSON.stringify(e,null,2),u=`/?${new URLSearchParams({query:i,variables:o})}`;this.query.replaceChildren(S("details",{class:"query"},[S("summary",{},[$("query")]),S("pre",{class:"operation"},[i]),S("pre",{class:"variables"},[o]),...r?[S("p",{class:"note"},[r])]:[],S("a",{class:"open-graphiql",href:u,target:"_blank"},[$("openGraphiql")])]))}}class B extends String{__apiType;value;__meta__;constructor(t,e){super(t),this.value=t,this.__meta__=e}toString(){return this.value}}new B(`
    fragment ExplorerPolicy on PolicyExport {
  id
  slug
  title
  titleEn
  titleKo
  year
  sector
}
    `,{fragmentName:"ExplorerPolicy"});new B(`
    fragment ExplorerPlace on City {
  slug
  nameEn
  nameKo
  latitude
  longitude
}
    `,{fragmentName:"ExplorerPlace"});new B(`
    fragment CityHit on City {
  id
  slug
  nameEn
  cityNameKo: nameKo
}
    `,{fragmentName:"CityHit"});new B(`
    fragment CountryHit on Country {
  id
  code
  nameEn
  nameKo
}
    `,{fragmentName:"CountryHit"});new B(`
    fragment OrganizationHit on Organization {
  id
  slug
  acronym
  nameEn
}
    `,{fragmentName:"OrganizationHit"});new B(`
    fragment EventHit on Event {
  id
  slug
  name
  year
}
    `,{fragmentName:"EventHit"});new B(`
    fragment PolicyExportHit on PolicyExport {
  id
  slug
  title
  year
}
    `,{fragmentName:"PolicyExportHit"});new B(`
    fragment SourceHit on Source {
  id
  key
  title
  year
}
    `,{fragmentName:"SourceHit"});new B(`
    query CitiesPage($first: Int!, $after: String) {
  citiesConnection(
    first: $first
    after: $after
    orderBy: [{field: AGREEMENT_COUNT, direction: DESC}, {field: NAME_EN}]
  ) {
    totalCount
    edges {
      cursor
      node {
        id
        slug
        nameEn
        country {
          nameEn
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    `);new B(`
    query CitiesWithEarlySisters($continent: Continent!, $signedBefore: String!) {
  cities(
    filter: {country: {continent: {eq: $continent}}, agreements: {some: {kind: {eq: SISTER}, signedOn: {lt: $signedBefore}}}}
    orderBy: [{field: NAME_EN}]
  ) {
    id
    slug
    nameEn
    country {
      nameEn
    }
  }
}
    `);new B(`
    query CityPage($slug: String!) {
  city(slug: $slug) {
    id
    slug
    nameEn
    nameKo
    country {
      code
      nameEn
      continent
    }
    agreements {
      id
      kind
      status
      signedOn
      partner {
        id
        slug
        nameEn
        nameKo
        country {
          nameEn
        }
      }
    }
    memberships {
      id
      role
      joinedYear
      organization {
        id
        acronym
        nameEn
      }
    }
  }
}
    `);const ce=new B(`
    query ExplorerCity($slug: String!) {
  city(slug: $slug) {
    id
    slug
    nameEn
    nameKo
    latitude
    longitude
    country {
      code
      nameEn
      nameKo
      continent
    }
    centrality {
      degree
      degreeRank
      betweenness
      betweennessRank
    }
    agreements(orderBy: [{field: SIGNED_ON}]) {
      id
      kind
      status
      signedOn
      endedOn
      distanceKm
      partner {
        slug
        nameEn
        nameKo
        latitude
        longitude
        country {
          nameEn
          nameKo
        }
      }
      sources {
        title
        locator
        reference
        source {
          key
          title
          url
          year
        }
      }
    }
    memberships {
      id
      role
      joinedYear
      leftYear
      organization {
        slug
        acronym
        nameEn
        nameKo
      }
    }
    policyExports {
      ...ExplorerPolicy
      partner {
        slug
        nameEn
        nameKo
      }
    }
    policyImports {
      ...ExplorerPolicy
      exporter {
        slug
        nameEn
        nameKo
      }
    }
    hostedEvents {
      id
      slug
      name
      nameEn
      nameKo
      year
      kind
    }
    statistics {
      id
      metric
      dimension
      value
      unit
      asOf
    }
  }
}
    fragment ExplorerPolicy on PolicyExport {
  id
  slug
  title
  titleEn
  titleKo
  year
  sector
}`),ni=new B(`
    query ExplorerNetwork($slug: String!, $fanOut: Int!) {
  city(slug: $slug) {
    slug
    agreements {
      kind
      partner {
        slug
        nameEn
        nameKo
        agreementsConnection(first: $fanOut) {
          nodes {
            kind
            partner {
              slug
              nameEn
              nameKo
            }
          }
        }
      }
    }
  }
  related(city: $slug, first: 10) {
    score
    city {
      slug
      nameEn
      nameKo
    }
    sharedOrganizations {
      slug
      acronym
      nameEn
    }
    sharedPartners {
      slug
      nameEn
      nameKo
    }
  }
}
    `),ti=new B(`
    query ExplorerPath($from: String!, $to: String!) {
  path(from: $from, to: $to, first: 1, maxHops: 4) {
    hops
    steps {
      from {
        ...ExplorerPlace
      }
      to {
        ...ExplorerPlace
      }
      via {
        __typename
        ... on Agreement {
          id
          kind
          signedOn
        }
        ... on Organization {
          id
          slug
          acronym
          nameEn
        }
      }
    }
  }
}
    fragment ExplorerPlace on City {
  slug
  nameEn
  nameKo
  latitude
  longitude
}`),ei=new B(`
    query ExplorerTimeline($city: String!) {
  timeline(city: $city) {
    date
    year
    kind
    record {
      __typename
      ... on Agreement {
        id
        kind
        partner {
          slug
          nameEn
          nameKo
        }
      }
      ... on Membership {
        id
        organization {
          slug
          acronym
          nameEn
        }
      }
      ... on Event {
        id
        name
        nameKo
      }
      ... on PolicyExport {
        id
        title
        titleKo
      }
    }
  }
  city(slug: $city) {
    undatedAgreements: agreements(filter: {signedOn: {isNull: true}}) {
      id
    }
    undatedMemberships: memberships(filter: {joinedYear: {isNull: true}}) {
      id
    }
  }
}
    `),fe=new B(`
    query ExplorerWorld($filter: CityFilter, $first: Int!, $offset: Int!) {
  citiesConnection(
    first: $first
    offset: $offset
    filter: $filter
    orderBy: [{field: AGREEMENT_COUNT, direction: DESC}, {field: SLUG}]
  ) {
    totalCount
    nodes {
      slug
      nameEn
      nameKo
      latitude
      longitude
      country {
        continent
      }
      centrality {
        degree
      }
    }
  }
}
    `);new B(`
    query PartnersByContinent($city: String!) {
  agreementsAggregate(city: $city, groupBy: [PARTNER_CONTINENT]) {
    total {
      count
      countDistinctPartners
    }
    groups {
      partnerContinent
      count
      countDistinctPartners
    }
  }
}
    `);const ri=new B(`
    query Search($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    score
    node {
      __typename
      ...CityHit
      ...CountryHit
      ...OrganizationHit
      ...EventHit
      ...PolicyExportHit
      ...SourceHit
    }
  }
}
    fragment CityHit on City {
  id
  slug
  nameEn
  cityNameKo: nameKo
}
fragment CountryHit on Country {
  id
  code
  nameEn
  nameKo
}
fragment OrganizationHit on Organization {
  id
  slug
  acronym
  nameEn
}
fragment EventHit on Event {
  id
  slug
  name
  year
}
fragment PolicyExportHit on PolicyExport {
  id
  slug
  title
  year
}
fragment SourceHit on Source {
  id
  key
  title
  year
}`),ct={AGREEMENT_SIGNED:"#d1495b",AGREEMENT_ENDED:"#8d99ae",MEMBERSHIP_JOINED:"#00798c",MEMBERSHIP_LEFT:"#adb5bd",EVENT_HOSTED:"#edae49",POLICY_EXPORTED:"#30638e",POLICY_RECEIVED:"#7d5ba6"};function he(n){const t=n.record;switch(t.__typename){case"Agreement":return`${mn(t.kind)} · ${F(t.partner)}`;case"Membership":return t.organization?.acronym??F(t.organization);case"Event":return F({nameEn:t.name,nameKo:t.nameKo});case"PolicyExport":return F({nameEn:t.title,nameKo:t.titleKo})}}async function ii(n,t){const e=new wn(n,$("timeline"),"timeline"),r=await e.load(ei,{city:t});if(!r)return;const i=r.timeline.filter(u=>u.year!=null),o=i.map(u=>u.year);if(o.length){const u=Math.min(...o),c=Math.max(...o),p=900,h=160,l=p/(c-u+1),s=new Map;for(const y of i)s.set(y.year,[...s.get(y.year)??[],y]);const a=Math.max(...[...s.values()].map(y=>y.length)),f=(h-20)/a,g=D("svg",{class:"timeline-chart",viewBox:`0 0 ${p} ${h}`});for(const[y,d]of s)d.forEach((m,E)=>{g.append(D("rect",{x:((y-u)*l).toFixed(1),y:(h-20-(E+1)*f).toFixed(1),width:Math.max(l-1,1).toFixed(1),height:Math.max(f-.5,.5).toFixed(1),fill:ct[m.kind]??"#555"},[D("title",{},[`${m.date} · ${he(m)}`])]))});for(let y=Math.ceil(u/10)*10;y<=c;y+=10)g.append(D("text",{x:((y-u)*l).toFixed(1),y:h-4,class:"axis"},[String(y)]));e.body.append(g)}e.body.append(S("ul",{class:"legend"},Object.entries(ct).map(([u,c])=>S("li",{},[S("span",{class:"swatch",style:`background:${c}`}),u.toLowerCase().replaceAll("_"," ")]))),S("p",{class:"undated"},[`${$("undatedFacts")}: ${r.city?.undatedAgreements.length??0} ${$("agreements").toLowerCase()}, ${r.city?.undatedMemberships.length??0} ${$("networks").toLowerCase()}`]),S("ol",{class:"timeline-entries"},r.timeline.map(u=>S("li",{"data-kind":u.kind,"data-year":String(u.year??"")},[S("time",{},[u.date])," ",S("span",{class:"swatch",style:`background:${ct[u.kind]??"#555"}`})," ",he(u)]))))}function oi(n){const t=+this._x.call(null,n),e=+this._y.call(null,n);return qe(this.cover(t,e),t,e,n)}function qe(n,t,e,r){if(isNaN(t)||isNaN(e))return n;var i,o=n._root,u={data:r},c=n._x0,p=n._y0,h=n._x1,l=n._y1,s,a,f,g,y,d,m,E;if(!o)return n._root=u,n;for(;o.length;)if((y=t>=(s=(c+h)/2))?c=s:h=s,(d=e>=(a=(p+l)/2))?p=a:l=a,i=o,!(o=o[m=d<<1|y]))return i[m]=u,n;if(f=+n._x.call(null,o.data),g=+n._y.call(null,o.data),t===f&&e===g)return u.next=o,i?i[m]=u:n._root=u,n;do i=i?i[m]=new Array(4):n._root=new Array(4),(y=t>=(s=(c+h)/2))?c=s:h=s,(d=e>=(a=(p+l)/2))?p=a:l=a;while((m=d<<1|y)===(E=(g>=a)<<1|f>=s));return i[E]=o,i[m]=u,n}function ai(n){Array.isArray(n)||(n=Array.from(n));const t=n.length,e=new Float64Array(t),r=new Float64Array(t);let i=1/0,o=i,u=-i,c=u;for(let p=0,h,l,s;p<t;++p){if(isNaN(l=+this._x.call(null,h=n[p]))||isNaN(s=+this._y.call(null,h))){e[p]=NaN;continue}e[p]=l,r[p]=s,l<i&&(i=l),l>u&&(u=l),s<o&&(o=s),s>c&&(c=s)}if(i>u||o>c)return this;this.cover(i,o).cover(u,c);for(let p=0;p<t;++p)qe(this,e[p],r[p],n[p]);return this}function si(n,t){if(isNaN(n=+n)||isNaN(t=+t))return this;var e=this._x0,r=this._y0,i=this._x1,o=this._y1;if(isNaN(e))i=(e=Math.floor(n))+1,o=(r=Math.floor(t))+1;else{for(var u=i-e||1,c=this._root,p,h;e>n||n>=i||r>t||t>=o;)switch(h=(t<r)<<1|n<e,p=new Array(4),p[h]=c,c=p,u*=2,h){case 0:i=e+u,o=r+u;break;case 1:e=i-u,o=r+u;break;case 2:i=e+u,r=o-u;break;case 3:e=i-u,r=o-u;break}this._root&&this._root.length&&(this._root=c)}return this._x0=e,this._y0=r,this._x1=i,this._y1=o,this}function li(){var n=[];return this.visit(function(t){if(!t.length)do n.push(t.data);while(t=t.next)}),n}function ui(n){return arguments.length?this.cover(+n[0][0],+n[0][1]).cover(+n[1][0],+n[1][1]):isNaN(this._x0)?void 0:[[this._x0,this._y0],[this._x1,this._y1]]}function j(n,t,e,r,i){this.node=n,this.x0=t,this.y0=e,this.x1=r,this.y1=i}function ci(n,t,e){var r,i=this._x0,o=this._y0,u,c,p,h,l=this._x1,s=this._y1,a=[],f=this._root,g,y;for(f&&a.push(new j(f,i,o,l,s)),e==null?e=1/0:(i=n-e,o=t-e,l=n+e,s=t+e,e*=e);g=a.pop();)if(!(!(f=g.node)||(u=g.x0)>l||(c=g.y0)>s||(p=g.x1)<i||(h=g.y1)<o))if(f.length){var d=(u+p)/2,m=(c+h)/2;a.push(new j(f[3],d,m,p,h),new j(f[2],u,m,d,h),new j(f[1],d,c,p,m),new j(f[0],u,c,d,m)),(y=(t>=m)<<1|n>=d)&&(g=a[a.length-1],a[a.length-1]=a[a.length-1-y],a[a.length-1-y]=g)}else{var E=n-+this._x.call(null,f.data),v=t-+this._y.call(null,f.data),w=E*E+v*v;if(w<e){var _=Math.sqrt(e=w);i=n-_,o=t-_,l=n+_,s=t+_,r=f.data}}return r}function fi(n){if(isNaN(l=+this._x.call(null,n))||isNaN(s=+this._y.call(null,n)))return this;var t,e=this._root,r,i,o,u=this._x0,c=this._y0,p=this._x1,h=this._y1,l,s,a,f,g,y,d,m;if(!e)return this;if(e.length)for(;;){if((g=l>=(a=(u+p)/2))?u=a:p=a,(y=s>=(f=(c+h)/2))?c=f:h=f,t=e,!(e=e[d=y<<1|g]))return this;if(!e.length)break;(t[d+1&3]||t[d+2&3]||t[d+3&3])&&(r=t,m=d)}for(;e.data!==n;)if(i=e,!(e=e.next))return this;return(o=e.next)&&delete e.next,i?(o?i.next=o:delete i.next,this):t?(o?t[d]=o:delete t[d],(e=t[0]||t[1]||t[2]||t[3])&&e===(t[3]||t[2]||t[1]||t[0])&&!e.length&&(r?r[m]=e:this._root=e),this):(this._root=o,this)}function hi(n){for(var t=0,e=n.length;t<e;++t)this.remove(n[t]);return this}function pi(){return this._root}function di(){var n=0;return this.visit(function(t){if(!t.length)do++n;while(t=t.next)}),n}function gi(n){var t=[],e,r=this._root,i,o,u,c,p;for(r&&t.push(new j(r,this._x0,this._y0,this._x1,this._y1));e=t.pop();)if(!n(r=e.node,o=e.x0,u=e.y0,c=e.x1,p=e.y1)&&r.length){var h=(o+c)/2,l=(u+p)/2;(i=r[3])&&t.push(new j(i,h,l,c,p)),(i=r[2])&&t.push(new j(i,o,l,h,p)),(i=r[1])&&t.push(new j(i,h,u,c,l)),(i=r[0])&&t.push(new j(i,o,u,h,l))}return this}function yi(n){var t=[],e=[],r;for(this._root&&t.push(new j(this._root,this._x0,this._y0,this._x1,this._y1));r=t.pop();){var i=r.node;if(i.length){var o,u=r.x0,c=r.y0,p=r.x1,h=r.y1,l=(u+p)/2,s=(c+h)/2;(o=i[0])&&t.push(new j(o,u,c,l,s)),(o=i[1])&&t.push(new j(o,l,c,p,s)),(o=i[2])&&t.push(new j(o,u,s,l,h)),(o=i[3])&&t.push(new j(o,l,s,p,h))}e.push(r)}for(;r=e.pop();)n(r.node,r.x0,r.y0,r.x1,r.y1);return this}function mi(n){return n[0]}function vi(n){return arguments.length?(this._x=n,this):this._x}function Ei(n){return n[1]}function wi(n){return arguments.length?(this._y=n,this):this._y}function ze(n,t,e){var r=new Ft(t??mi,e??Ei,NaN,NaN,NaN,NaN);return n==null?r:r.addAll(n)}function Ft(n,t,e,r,i,o){this._x=n,this._y=t,this._x0=e,this._y0=r,this._x1=i,this._y1=o,this._root=void 0}function pe(n){for(var t={data:n.data},e=t;n=n.next;)e=e.next={data:n.data};return t}var b=ze.prototype=Ft.prototype;b.copy=function(){var n=new Ft(this._x,this._y,this._x0,this._y0,this._x1,this._y1),t=this._root,e,r;if(!t)return n;if(!t.length)return n._root=pe(t),n;for(e=[{source:t,target:n._root=new Array(4)}];t=e.pop();)for(var i=0;i<4;++i)(r=t.source[i])&&(r.length?e.push({source:r,target:t.target[i]=new Array(4)}):t.target[i]=pe(r));return n};b.add=oi;b.addAll=ai;b.cover=si;b.data=li;b.extent=ui;b.find=ci;b.remove=fi;b.removeAll=hi;b.root=pi;b.size=di;b.visit=gi;b.visitAfter=yi;b.x=vi;b.y=wi;var xi={value:()=>{}};function He(){for(var n=0,t=arguments.length,e={},r;n<t;++n){if(!(r=arguments[n]+"")||r in e||/[\s.]/.test(r))throw new Error("illegal type: "+r);e[r]=[]}return new Gn(e)}function Gn(n){this._=n}function Si(n,t){return n.trim().split(/^|\s+/).map(function(e){var r="",i=e.indexOf(".");if(i>=0&&(r=e.slice(i+1),e=e.slice(0,i)),e&&!t.hasOwnProperty(e))throw new Error("unknown type: "+e);return{type:e,name:r}})}Gn.prototype=He.prototype={constructor:Gn,on:function(n,t){var e=this._,r=Si(n+"",e),i,o=-1,u=r.length;if(arguments.length<2){for(;++o<u;)if((i=(n=r[o]).type)&&(i=_i(e[i],n.name)))return i;return}if(t!=null&&typeof t!="function")throw new Error("invalid callback: "+t);for(;++o<u;)if(i=(n=r[o]).type)e[i]=de(e[i],n.name,t);else if(t==null)for(i in e)e[i]=de(e[i],n.name,null);return this},copy:function(){var n={},t=this._;for(var e in t)n[e]=t[e].slice();return new Gn(n)},call:function(n,t){if((i=arguments.length-2)>0)for(var e=new Array(i),r=0,i,o;r<i;++r)e[r]=arguments[r+2];if(!this._.hasOwnProperty(n))throw new Error("unknown type: "+n);for(o=this._[n],r=0,i=o.length;r<i;++r)o[r].value.apply(t,e)},apply:function(n,t,e){if(!this._.hasOwnProperty(n))throw new Error("unknown type: "+n);for(var r=this._[n],i=0,o=r.length;i<o;++i)r[i].value.apply(t,e)}};function _i(n,t){for(var e=0,r=n.length,i;e<r;++e)if((i=n[e]).name===t)return i.value}function de(n,t,e){for(var r=0,i=n.length;r<i;++r)if(n[r].name===t){n[r]=xi,n=n.slice(0,r).concat(n.slice(r+1));break}return e!=null&&n.push({name:t,value:e}),n}var xn=0,Cn=0,_n=0,Be=1e3,rt,An,it=0,un=0,ot=0,Fn=typeof performance=="object"&&performance.now?performance:Date,je=typeof window=="object"&&window.requestAnimationFrame?window.requestAnimationFrame.bind(window):function(n){setTimeout(n,17)};function be(){return un||(je($i),un=Fn.now()+ot)}function $i(){un=0}function Ct(){this._call=this._time=this._next=null}Ct.prototype=Ye.prototype={constructor:Ct,restart:function(n,t,e){if(typeof n!="function")throw new TypeError("callback is not a function");e=(e==null?be():+e)+(t==null?0:+t),!this._next&&An!==this&&(An?An._next=this:rt=this,An=this),this._call=n,this._time=e,At()},stop:function(){this._call&&(this._call=null,this._time=1/0,At())}};function Ye(n,t,e){var r=new Ct;return r.restart(n,t,e),r}function Ni(){be(),++xn;for(var n=rt,t;n;)(t=un-n._time)>=0&&n._call.call(void 0,t),n=n._next;--xn}function ge(){un=(it=Fn.now())+ot,xn=Cn=0;try{Ni()}finally{xn=0,Pi(),un=0}}function Mi(){var n=Fn.now(),t=n-it;t>Be&&(ot-=t,it=n)}function Pi(){for(var n,t=rt,e,r=1/0;t;)t._call?(r>t._time&&(r=t._time),n=t,t=t._next):(e=t._next,t._next=null,t=n?n._next=e:rt=e);An=n,At(r)}function At(n){if(!xn){Cn&&(Cn=clearTimeout(Cn));var t=n-un;t>24?(n<1/0&&(Cn=setTimeout(ge,Math.ceil(n-Fn.now()-ot)+1)),_n&&(_n=clearInterval(_n))):(_n||(it=Fn.now(),_n=setInterval(Mi,Be)),xn=1,je(ge))}}function ki(n,t){var e,r=1;n==null&&(n=0),t==null&&(t=0);function i(){var o,u=e.length,c,p=0,h=0;for(o=0;o<u;++o)c=e[o],p+=c.x,h+=c.y;for(p=(p/u-n)*r,h=(h/u-t)*r,o=0;o<u;++o)c=e[o],c.x-=p,c.y-=h}return i.initialize=function(o){e=o},i.x=function(o){return arguments.length?(n=+o,i):n},i.y=function(o){return arguments.length?(t=+o,i):t},i.strength=function(o){return arguments.length?(r=+o,i):r},i}function Rn(n){return function(){return n}}function yn(n){return(n()-.5)*1e-6}function Ci(n){return n.index}function ye(n,t){var e=n.get(t);if(!e)throw new Error("node not found: "+t);return e}function Ai(n){var t=Ci,e=s,r,i=Rn(30),o,u,c,p,h,l=1;n==null&&(n=[]);function s(d){return 1/Math.min(c[d.source.index],c[d.target.index])}function a(d){for(var m=0,E=n.length;m<l;++m)for(var v=0,w,_,N,k,P,C,T;v<E;++v)w=n[v],_=w.source,N=w.target,k=N.x+N.vx-_.x-_.vx||yn(h),P=N.y+N.vy-_.y-_.vy||yn(h),C=Math.sqrt(k*k+P*P),C=(C-o[v])/C*d*r[v],k*=C,P*=C,N.vx-=k*(T=p[v]),N.vy-=P*T,_.vx+=k*(T=1-T),_.vy+=P*T}function f(){if(u){var d,m=u.length,E=n.length,v=new Map(u.map((_,N)=>[t(_,N,u),_])),w;for(d=0,c=new Array(m);d<E;++d)w=n[d],w.index=d,typeof w.source!="object"&&(w.source=ye(v,w.source)),typeof w.target!="object"&&(w.target=ye(v,w.target)),c[w.source.index]=(c[w.source.index]||0)+1,c[w.target.index]=(c[w.target.index]||0)+1;for(d=0,p=new Array(E);d<E;++d)w=n[d],p[d]=c[w.source.index]/(c[w.source.index]+c[w.target.index]);r=new Array(E),g(),o=new Array(E),y()}}function g(){if(u)for(var d=0,m=n.length;d<m;++d)r[d]=+e(n[d],d,n)}function y(){if(u)for(var d=0,m=n.length;d<m;++d)o[d]=+i(n[d],d,n)}return a.initialize=function(d,m){u=d,h=m,f()},a.links=function(d){return arguments.length?(n=d,f(),a):n},a.id=function(d){return arguments.length?(t=d,a):t},a.iterations=function(d){return arguments.length?(l=+d,a):l},a.strength=function(d){return arguments.length?(e=typeof d=="function"?d:Rn(+d),g(),a):e},a.distance=function(d){return arguments.length?(i=typeof d=="function"?d:Rn(+d),y(),a):i},a}const Ri=1664525,Ii=1013904223,me=4294967296;function Ti(){let n=1;return()=>(n=(Ri*n+Ii)%me)/me}function Oi(n){return n.x}function Li(n){return n.y}var Fi=10,Ki=Math.PI*(3-Math.sqrt(5));function Di(n){var t,e=1,r=.001,i=1-Math.pow(r,1/300),o=0,u=.6,c=new Map,p=Ye(s),h=He("tick","end"),l=Ti();n==null&&(n=[]);function s(){a(),h.call("tick",t),e<r&&(p.stop(),h.call("end",t))}function a(y){var d,m=n.length,E;y===void 0&&(y=1);for(var v=0;v<y;++v)for(e+=(o-e)*i,c.forEach(function(w){w(e)}),d=0;d<m;++d)E=n[d],E.fx==null?E.x+=E.vx*=u:(E.x=E.fx,E.vx=0),E.fy==null?E.y+=E.vy*=u:(E.y=E.fy,E.vy=0);return t}function f(){for(var y=0,d=n.length,m;y<d;++y){if(m=n[y],m.index=y,m.fx!=null&&(m.x=m.fx),m.fy!=null&&(m.y=m.fy),isNaN(m.x)||isNaN(m.y)){var E=Fi*Math.sqrt(.5+y),v=y*Ki;m.x=E*Math.cos(v),m.y=E*Math.sin(v)}(isNaN(m.vx)||isNaN(m.vy))&&(m.vx=m.vy=0)}}function g(y){return y.initialize&&y.initialize(n,l),y}return f(),t={tick:a,restart:function(){return p.restart(s),t},stop:function(){return p.stop(),t},nodes:function(y){return arguments.length?(n=y,f(),c.forEach(g),t):n},alpha:function(y){return arguments.length?(e=+y,t):e},alphaMin:function(y){return arguments.length?(r=+y,t):r},alphaDecay:function(y){return arguments.length?(i=+y,t):+i},alphaTarget:function(y){return arguments.length?(o=+y,t):o},velocityDecay:function(y){return arguments.length?(u=1-y,t):1-u},randomSource:function(y){return arguments.length?(l=y,c.forEach(g),t):l},force:function(y,d){return arguments.length>1?(d==null?c.delete(y):c.set(y,g(d)),t):c.get(y)},find:function(y,d,m){var E=0,v=n.length,w,_,N,k,P;for(m==null?m=1/0:m*=m,E=0;E<v;++E)k=n[E],w=y-k.x,_=d-k.y,N=w*w+_*_,N<m&&(P=k,m=N);return P},on:function(y,d){return arguments.length>1?(h.on(y,d),t):h.on(y)}}}function qi(){var n,t,e,r,i=Rn(-30),o,u=1,c=1/0,p=.81;function h(f){var g,y=n.length,d=ze(n,Oi,Li).visitAfter(s);for(r=f,g=0;g<y;++g)t=n[g],d.visit(a)}function l(){if(n){var f,g=n.length,y;for(o=new Array(g),f=0;f<g;++f)y=n[f],o[y.index]=+i(y,f,n)}}function s(f){var g=0,y,d,m=0,E,v,w;if(f.length){for(E=v=w=0;w<4;++w)(y=f[w])&&(d=Math.abs(y.value))&&(g+=y.value,m+=d,E+=d*y.x,v+=d*y.y);f.x=E/m,f.y=v/m}else{y=f,y.x=y.data.x,y.y=y.data.y;do g+=o[y.data.index];while(y=y.next)}f.value=g}function a(f,g,y,d){if(!f.value)return!0;var m=f.x-t.x,E=f.y-t.y,v=d-g,w=m*m+E*E;if(v*v/p<w)return w<c&&(m===0&&(m=yn(e),w+=m*m),E===0&&(E=yn(e),w+=E*E),w<u&&(w=Math.sqrt(u*w)),t.vx+=m*f.value*r/w,t.vy+=E*f.value*r/w),!0;if(f.length||w>=c)return;(f.data!==t||f.next)&&(m===0&&(m=yn(e),w+=m*m),E===0&&(E=yn(e),w+=E*E),w<u&&(w=Math.sqrt(u*w)));do f.data!==t&&(v=o[f.data.index]*r/w,t.vx+=m*v,t.vy+=E*v);while(f=f.next)}return h.initialize=function(f,g){n=f,e=g,l()},h.strength=function(f){return arguments.length?(i=typeof f=="function"?f:Rn(+f),l(),h):i},h.distanceMin=function(f){return arguments.length?(u=f*f,h):Math.sqrt(u)},h.distanceMax=function(f){return arguments.length?(c=f*f,h):Math.sqrt(c)},h.theta=function(f){return arguments.length?(p=f*f,h):Math.sqrt(p)},h}const zi=8;async function Hi(n,t){const e=new wn(n,$("network"),"network"),r=await e.load(ni,{slug:t,fanOut:zi});if(!r?.city)return;const i=new Map,o=[],u=(s,a)=>{const f=i.get(s.slug);if(f)return f;const g={city:s,ring:a};return i.set(s.slug,g),g},c=u({slug:r.city.slug,nameEn:r.city.slug},0);c.fx=0,c.fy=0;for(const s of r.city.agreements){if(!s.partner)continue;const a=u(s.partner,1);o.push({source:c,target:a,kind:s.kind});for(const f of s.partner.agreementsConnection.nodes)f.partner&&o.push({source:a,target:u(f.partner,2),kind:f.kind})}const p=[...i.values()];Di(p).force("link",Ai(o).distance(s=>s.source.ring===0?90:40)).force("charge",qi().strength(-40)).force("centre",ki(0,0)).stop().tick(300);const h=330,l=D("svg",{class:"network-graph",viewBox:`${-h} ${-h} ${2*h} ${2*h}`});for(const s of o){const a=s.source,f=s.target;l.append(D("line",{x1:a.x.toFixed(1),y1:a.y.toFixed(1),x2:f.x.toFixed(1),y2:f.y.toFixed(1),stroke:Xn[s.kind]??"#999",class:`ring-${a.ring}`}))}for(const s of p){const a=D("a",{href:`#/city/${s.city.slug}`,class:`node ring-${s.ring}`},[D("circle",{cx:s.x.toFixed(1),cy:s.y.toFixed(1),r:[7,4,2.5][s.ring]}),s.ring<2?D("text",{x:(s.x+6).toFixed(1),y:(s.y+3).toFixed(1)},[s.ring?F(s.city):""]):null,D("title",{},[F(s.city)])]);l.append(a)}e.body.append(S("div",{class:"network"},[l,S("div",{class:"related"},[S("h3",{},[$("related")]),S("ol",{},r.related.map(s=>S("li",{},[s.city?Un(`#/path/${t}/${s.city.slug}`,F(s.city)):"?",` · ${s.score} ${$("shared")}: `,[...s.sharedOrganizations.map(a=>a.acronym??a.nameEn),...s.sharedPartners.map(F)].join(", ")])))])]))}function hn(n,t,e,r){return t.length?S("table",{},[S("thead",{},[S("tr",{},n.map(i=>S("th",{},[i])))]),S("tbody",{},t.map(i=>S("tr",r?.(i)??{},e(i).map(o=>S("td",{},[o])))))]):S("p",{class:"empty"},[$("none")])}const ft=n=>n?Un(`#/city/${n.slug}`,F(n),{class:"city-link"}):"?";function Bi(n){return n.length?S("details",{class:"sources"},[S("summary",{},[`${n.length} ${$("sources").toLowerCase()}`]),S("ul",{},n.map(t=>S("li",{class:"source"},[t.source?.url?S("a",{href:t.source.url,rel:"noreferrer"},[t.title]):t.title,t.locator?` — ${t.locator}`:"",t.reference?` (${t.reference})`:"",t.source?.year?`, ${t.source.year}`:""])))]):S("span",{class:"no-source"},["—"])}async function ji(n,t){const e=new wn(n,t,"city"),r=await e.load(ce,{slug:t});if(!r)return;const i=r.city;if(!i){e.fail(new Error(`NOT_FOUND: no city "${t}"`));return}const{centrality:o}=i;e.element.querySelector("h2").textContent=`${F(i)} · ${F(i.country)}`;const u=S("form",{class:"path-form"},[S("input",{name:"to",placeholder:$("pathTo"),"aria-label":$("pathTo")}),S("button",{type:"submit"},[$("pathFind")])]);u.addEventListener("submit",a=>{a.preventDefault();const f=new FormData(u).get("to");f&&(location.hash=`#/path/${i.slug}/${String(f).trim()}`)}),e.body.append(S("p",{class:"names"},[`${i.nameEn}${i.nameKo?` · ${i.nameKo}`:""} (${i.country?.code??"?"})`]),S("dl",{class:"centrality"},[S("dt",{},[$("degree")]),S("dd",{},[`${o.degree} (${$("rank")} ${o.degreeRank})`]),S("dt",{},[$("betweenness")]),S("dd",{},[`${o.betweenness.toFixed(1)} (${$("rank")} ${o.betweennessRank})`])]),u);const c=(a,f)=>{const g=new wn(n,a,f);return g.showQuery(ce,{slug:t}),g},p=c($("partnersMap"),"partners-map"),h=new Ot(p.body);for(const a of i.agreements){if(!a.partner)continue;const f=Xn[a.kind]??"#555";h.arc(i,a.partner,{stroke:f,"data-kind":a.kind}),h.mark(a.partner,3,`${F(a.partner)} · ${mn(a.kind)}`,{fill:f,class:"partner"})?.addEventListener("click",()=>{location.hash=`#/city/${a.partner.slug}`})}h.mark(i,5,F(i),{class:"home"}),p.body.append(S("ul",{class:"legend"},Object.entries(Xn).map(([a,f])=>S("li",{},[S("span",{class:"swatch",style:`background:${f}`}),mn(a)])))),c($("agreements"),"agreements").body.append(hn([$("partner"),$("kind"),$("signed"),$("ended"),$("status"),$("sources")],i.agreements,a=>[ft(a.partner),mn(a.kind),a.signedOn??$("undated"),a.endedOn??"",a.status.toLowerCase(),Bi(a.sources)],a=>({"data-kind":a.kind,class:"agreement"}))),c($("networks"),"networks").body.append(hn([$("networks"),$("role"),$("joined"),$("left")],i.memberships,a=>[a.organization?`${a.organization.acronym??""} ${F(a.organization)}`.trim():"?",a.role.toLowerCase().replaceAll("_"," "),a.joinedYear?.toString()??$("undated"),a.leftYear?.toString()??""]));const l=a=>F({nameEn:a.titleEn??a.title,nameKo:a.titleKo});c($("policies"),"policies").body.append(S("h3",{},[$("exported")]),hn([$("policies"),$("partner"),"Year"],i.policyExports,a=>[l(a),ft(a.partner),a.year?.toString()??$("undated")]),S("h3",{},[$("received")]),hn([$("policies"),$("partner"),"Year"],i.policyImports,a=>[l(a),ft(a.exporter),a.year?.toString()??$("undated")])),c($("events"),"events").body.append(hn([$("events"),$("kind"),"Year"],i.hostedEvents,a=>[F({nameEn:a.nameEn??a.name,nameKo:a.nameKo}),a.kind.toLowerCase().replaceAll("_"," "),a.year?.toString()??$("undated")])),c($("statistics"),"statistics").body.append(hn([$("statistics"),"","",""],i.statistics,a=>[a.metric+(a.dimension?` (${a.dimension})`:""),a.value.toLocaleString(),a.unit,a.asOf??""])),await Promise.all([ii(n,i.slug),Hi(n,i.slug)])}function bi(n){const t=n.via;return t?t.__typename==="Agreement"?`${mn(t.kind)}${t.signedOn?` (${t.signedOn})`:""}`:`${t.acronym??t.nameEn}`:"?"}async function Yi(n,t,e){const r=new wn(n,`${$("path")}: ${t} → ${e}`,"path"),i=await r.load(ti,{from:t,to:e});if(!i)return;const o=i.path[0];if(!o){r.body.append(S("p",{class:"error",role:"alert"},[$("noPath")]));return}const u=o.steps[0]?.from,c=o.steps.at(-1)?.to;r.element.querySelector("h2").textContent=`${$("path")}: ${F(u)} → ${F(c)} · ${o.hops} ${$("steps")}`;const p=new Ot(r.body);p.element.classList.add("path-map");for(const h of o.steps){if(!h.from||!h.to)continue;const l=h.via?.__typename==="Agreement"?Xn[h.via.kind]??"#555":"#333";p.arc(h.from,h.to,{stroke:l,class:"arc path-step"})}for(const h of[u,...o.steps.map(l=>l.to)])h&&p.mark(h,4,F(h),{class:"path-city"});r.body.append(S("ol",{class:"path-steps"},o.steps.map(h=>S("li",{class:"path-step"},[h.from?Un(`#/city/${h.from.slug}`,F(h.from)):"?"," → ",h.to?Un(`#/city/${h.to.slug}`,F(h.to)):"?",` · ${bi(h)}`]))))}function Gi(n,t){let e=0,r;const i=()=>t.replaceChildren();n.addEventListener("input",()=>{clearTimeout(r);const o=n.value.trim();if(!o)return i();r=setTimeout(async()=>{const u=++e;try{const{search:c}=await Lt(ri,{text:o,first:20});if(u!==e)return;const p=c.flatMap(({node:h})=>h.__typename==="City"?[h]:[]);t.replaceChildren(...p.map(h=>S("li",{role:"option"},[S("a",{href:`#/city/${h.slug}`,class:"hit"},[F({nameEn:h.nameEn,nameKo:h.cityNameKo}),h.cityNameKo?` · ${h.nameEn}`:""])]))),p.length||t.replaceChildren(S("li",{class:"empty"},["—"]))}catch(c){t.replaceChildren(S("li",{class:"error",role:"alert"},[c.message]))}},150)}),t.addEventListener("click",()=>{i(),n.value=""})}const ht=500,Ge=["SISTER","FRIENDSHIP","PARTNERSHIP","TWINNING"],Ue=["AFRICA","ASIA","EUROPE","NORTH_AMERICA","OCEANIA","SOUTH_AMERICA"],Xe=[1950,1960,1970,1980,1990,2e3,2010,2020];function Ui(n){const t=Ge.find(o=>o===n.kind),e=Ue.find(o=>o===n.continent),r=Xe.find(o=>String(o)===n.decade),i={};return(t||r)&&(i.agreements={some:{...t?{kind:{eq:t}}:{},...r?{signedOn:{gte:String(r),lt:String(r+10)}}:{}}}),e&&(i.country={continent:{eq:e}}),Object.keys(i).length?i:null}async function Xi(n,t){const e=new wn(n,$("world"),"world"),r=(a,f,g,y)=>{const d=S("select",{name:a,"aria-label":a},[S("option",{value:""},[f]),...g.map(m=>S("option",{value:m},[y(m)]))]);return d.value=t[a]??"",d.addEventListener("change",()=>{const m=new URLSearchParams({...t,[a]:d.value});for(const[E,v]of[...m])v||m.delete(E);location.hash=`#/${m.size?`?${m}`:""}`}),d},i=S("form",{class:"filters"},[r("kind",$("allKinds"),Ge,mn),r("continent",$("allContinents"),Ue,a=>a.replaceAll("_"," ").toLowerCase()),r("decade",$("allDecades"),Xe.map(String),a=>`${a}s`)]),o={filter:Ui(t),first:ht,offset:0},u=await e.load(fe,o,"The view asks for the other pages at once with offset 500, 1000…");if(!u)return;const{totalCount:c}=u.citiesConnection,p=S("p",{class:"summary"},[`${c} ${$("worldCities")}`]);e.body.append(i,p);const h=new Ot(e.body),l=a=>{for(const f of a)h.mark(f,1.2+Math.sqrt(f.centrality.degree)*.6,`${F(f)} · ${f.centrality.degree}`,{class:"city","data-slug":f.slug})?.addEventListener("click",()=>{location.hash=`#/city/${f.slug}`})};l(u.citiesConnection.nodes);const s=[];for(let a=ht;a<c;a+=ht)s.push(a);try{const a=await Promise.all(s.map(f=>Lt(fe,{...o,offset:f})));for(const f of a)l(f.citiesConnection.nodes);h.element.dataset.complete="true"}catch(a){e.body.prepend(S("p",{class:"error",role:"alert"},[String(a.message)]))}}const Wi=document.getElementById("view"),We=document.getElementById("language");async function Kt(){const[n="",t=""]=location.hash.replace(/^#\/?/,"").split("?"),e=n.split("/").filter(Boolean).map(decodeURIComponent),r=S("div",{class:"page"});Wi.replaceChildren(r),document.body.dataset.view=e[0]??"world",e[0]==="city"&&e[1]?await ji(r,e[1]):e[0]==="path"&&e[1]&&e[2]?await Yi(r,e[1],e[2]):e.length===0?await Xi(r,Object.fromEntries(new URLSearchParams(t))):r.append(S("p",{class:"error",role:"alert"},[`NOT_FOUND: no view at ${location.hash}`])),r.dataset.ready="true"}function Qe(){We.textContent=Rt()==="en"?"한국어":"English"}We.addEventListener("click",()=>{Ee(Rt()==="en"?"ko":"en"),Qe(),Kt()});Ee(Rt());Qe();Gi(document.getElementById("search"),document.getElementById("search-results"));window.addEventListener("hashchange",()=>{Kt()});Kt();
