function S(n,t={},e=[]){const r=document.createElement(n);for(const[i,o]of Object.entries(t))r.setAttribute(i,o);return Ee(r,e),r}function D(n,t={},e=[]){const r=document.createElementNS("http://www.w3.org/2000/svg",n);for(const[i,o]of Object.entries(t))r.setAttribute(i,String(o));return Ee(r,e),r}function Ee(n,t){for(const e of t)e==null||e===!1||n.append(typeof e=="number"?String(e):e)}function In(n,t,e={}){return S("a",{href:n,...e},[t])}const nr=localStorage.getItem("paradiplo-language");let Dn=nr==="ko"?"ko":"en";function It(){return Dn}function xe(n){Dn=n,localStorage.setItem("paradiplo-language",n),document.documentElement.lang=n}const tr={loading:["Loading…","불러오는 중…"],query:["query","쿼리"],openGraphiql:["open in GraphiQL","GraphiQL에서 열기"],world:["World","세계"],worldCities:["cities","도시"],allKinds:["every kind","모든 종류"],allContinents:["every continent","모든 대륙"],allDecades:["every decade","모든 연대"],partnersMap:["Partners on the map","지도 위의 협력 도시"],agreements:["Agreements","협정"],partner:["Partner","상대 도시"],kind:["Kind","종류"],signed:["Signed","체결"],ended:["Ended","종료"],status:["Status","상태"],sources:["Sources","출처"],undated:["undated","날짜 미상"],networks:["Networks","네트워크"],role:["Role","역할"],joined:["Joined","가입"],left:["Left","탈퇴"],policies:["Policies","정책"],exported:["Exported","수출"],received:["Received","수입"],events:["Events hosted","개최 행사"],statistics:["Statistics","통계"],centrality:["Centrality","중심성"],degree:["Degree (partners)","연결 정도(협력 도시 수)"],betweenness:["Betweenness","매개 중심성"],rank:["rank","순위"],timeline:["Timeline","연표"],undatedFacts:["Undated, not placed on the chart","날짜 미상, 도표에 넣지 않음"],network:["Network","네트워크 그래프"],related:["Cities sharing the most","가장 많이 공유하는 도시"],shared:["shared","공유"],path:["Path","경로"],pathTo:["Path to, and compare with… (a city)","경로·비교할 도시…"],pathFind:["find","찾기"],noPath:["No chain of at most 4 steps links them.","4단계 이내로 이어지는 경로가 없습니다."],step:["step","단계"],steps:["steps","단계"],none:["None recorded.","기록 없음."],country:["Country","국가"]};function _(n){return tr[n][Dn==="en"?0:1]}function O(n){return n?(Dn==="ko"?n.nameKo??n.nameEn:n.nameEn??n.nameKo)??"?":"?"}const er={SISTER:["sister city","자매도시"],FRIENDSHIP:["friendship city","우호도시"],PARTNERSHIP:["partnership","협력 협정"],TWINNING:["twinning","결연"]};function vn(n){const t=er[n];return t?t[Dn==="en"?0:1]:n.toLowerCase().replaceAll("_"," ")}const Xn={SISTER:"#d1495b",FRIENDSHIP:"#edae49",PARTNERSHIP:"#00798c",TWINNING:"#7d5ba6"};function Yn(n,t){return n==null||t==null?NaN:n<t?-1:n>t?1:n>=t?0:NaN}function rr(n,t){return n==null||t==null?NaN:t<n?-1:t>n?1:t>=n?0:NaN}function Se(n){let t,e,r;n.length!==2?(t=Yn,e=(f,p)=>Yn(n(f),p),r=(f,p)=>n(f)-p):(t=n===Yn||n===rr?n:ir,e=n,r=n);function i(f,p,h=0,s=f.length){if(h<s){if(t(p,p)!==0)return s;do{const c=h+s>>>1;e(f[c],p)<0?h=c+1:s=c}while(h<s)}return h}function o(f,p,h=0,s=f.length){if(h<s){if(t(p,p)!==0)return s;do{const c=h+s>>>1;e(f[c],p)<=0?h=c+1:s=c}while(h<s)}return h}function l(f,p,h=0,s=f.length){const c=i(f,p,h,s-1);return c>h&&r(f[c-1],p)>-r(f[c],p)?c-1:c}return{left:i,center:l,right:o}}function ir(){return 0}function or(n){return n===null?NaN:+n}Se(Yn);Se(or).center;class sn{constructor(){this._partials=new Float64Array(32),this._n=0}add(t){const e=this._partials;let r=0;for(let i=0;i<this._n&&i<32;i++){const o=e[i],l=t+o,f=Math.abs(t)<Math.abs(o)?t-(l-o):o-(l-t);f&&(e[r++]=f),t=l}return e[r]=t,this._n=r+1,this}valueOf(){const t=this._partials;let e=this._n,r,i,o,l=0;if(e>0){for(l=t[--e];e>0&&(r=l,i=t[--e],l=r+i,o=i-(l-r),!o););e>0&&(o<0&&t[e-1]<0||o>0&&t[e-1]>0)&&(i=o*2,r=l+i,i==r-l&&(l=r))}return l}}function*ar(n){for(const t of n)yield*t}function _e(n){return Array.from(ar(n))}function gn(n,t,e){n=+n,t=+t,e=(i=arguments.length)<2?(t=n,n=0,1):i<3?1:+e;for(var r=-1,i=Math.max(0,Math.ceil((t-n)/e))|0,o=new Array(i);++r<i;)o[r]=n+r*e;return o}var R=1e-6,I=Math.PI,Q=I/2,Dt=I/4,J=I*2,rn=180/I,U=I/180,K=Math.abs,sr=Math.atan,Tn=Math.atan2,q=Math.cos,zn=Math.ceil,z=Math.sin,lr=Math.sign||function(n){return n>0?1:n<0?-1:0},fn=Math.sqrt;function ur(n){return n>1?0:n<-1?I:Math.acos(n)}function On(n){return n>1?Q:n<-1?-Q:Math.asin(n)}function V(){}function Wn(n,t){n&&zt.hasOwnProperty(n.type)&&zt[n.type](n,t)}var qt={Feature:function(n,t){Wn(n.geometry,t)},FeatureCollection:function(n,t){for(var e=n.features,r=-1,i=e.length;++r<i;)Wn(e[r].geometry,t)}},zt={Sphere:function(n,t){t.sphere()},Point:function(n,t){n=n.coordinates,t.point(n[0],n[1],n[2])},MultiPoint:function(n,t){for(var e=n.coordinates,r=-1,i=e.length;++r<i;)n=e[r],t.point(n[0],n[1],n[2])},LineString:function(n,t){dt(n.coordinates,t,0)},MultiLineString:function(n,t){for(var e=n.coordinates,r=-1,i=e.length;++r<i;)dt(e[r],t,0)},Polygon:function(n,t){Ht(n.coordinates,t)},MultiPolygon:function(n,t){for(var e=n.coordinates,r=-1,i=e.length;++r<i;)Ht(e[r],t)},GeometryCollection:function(n,t){for(var e=n.geometries,r=-1,i=e.length;++r<i;)Wn(e[r],t)}};function dt(n,t,e){var r=-1,i=n.length-e,o;for(t.lineStart();++r<i;)o=n[r],t.point(o[0],o[1],o[2]);t.lineEnd()}function Ht(n,t){var e=-1,r=n.length;for(t.polygonStart();++e<r;)dt(n[e],t,1);t.polygonEnd()}function dn(n,t){n&&qt.hasOwnProperty(n.type)?qt[n.type](n,t):Wn(n,t)}function gt(n){return[Tn(n[1],n[0]),On(n[2])]}function wn(n){var t=n[0],e=n[1],r=q(e);return[r*q(t),r*z(t),z(e)]}function Hn(n,t){return n[0]*t[0]+n[1]*t[1]+n[2]*t[2]}function Qn(n,t){return[n[1]*t[2]-n[2]*t[1],n[2]*t[0]-n[0]*t[2],n[0]*t[1]-n[1]*t[0]]}function st(n,t){n[0]+=t[0],n[1]+=t[1],n[2]+=t[2]}function bn(n,t){return[n[0]*t,n[1]*t,n[2]*t]}function mt(n){var t=fn(n[0]*n[0]+n[1]*n[1]+n[2]*n[2]);n[0]/=t,n[1]/=t,n[2]/=t}function yt(n,t){function e(r,i){return r=n(r,i),t(r[0],r[1])}return n.invert&&t.invert&&(e.invert=function(r,i){return r=t.invert(r,i),r&&n.invert(r[0],r[1])}),e}function vt(n,t){return K(n)>I&&(n-=Math.round(n/J)*J),[n,t]}vt.invert=vt;function cr(n,t,e){return(n%=J)?t||e?yt(Bt(n),jt(t,e)):Bt(n):t||e?jt(t,e):vt}function bt(n){return function(t,e){return t+=n,K(t)>I&&(t-=Math.round(t/J)*J),[t,e]}}function Bt(n){var t=bt(n);return t.invert=bt(-n),t}function jt(n,t){var e=q(n),r=z(n),i=q(t),o=z(t);function l(f,p){var h=q(p),s=q(f)*h,c=z(f)*h,a=z(p),u=a*e+s*r;return[Tn(c*i-u*o,s*e-a*r),On(u*i+c*o)]}return l.invert=function(f,p){var h=q(p),s=q(f)*h,c=z(f)*h,a=z(p),u=a*i-c*o;return[Tn(c*i+a*o,s*e+u*r),On(u*e-s*r)]},l}function fr(n,t,e,r,i,o){if(e){var l=q(t),f=z(t),p=r*e;i==null?(i=t+r*J,o=t-p/2):(i=Yt(l,i),o=Yt(l,o),(r>0?i<o:i>o)&&(i+=r*J));for(var h,s=i;r>0?s>o:s<o;s-=p)h=gt([l,-f*q(s),-f*z(s)]),n.point(h[0],h[1])}}function Yt(n,t){t=wn(t),t[0]-=n,mt(t);var e=ur(-t[1]);return((-t[2]<0?-e:e)+J-R)%J}function $e(){var n=[],t;return{point:function(e,r,i){t.push([e,r,i])},lineStart:function(){n.push(t=[])},lineEnd:V,rejoin:function(){n.length>1&&n.push(n.pop().concat(n.shift()))},result:function(){var e=n;return n=[],t=null,e}}}function Gn(n,t){return K(n[0]-t[0])<R&&K(n[1]-t[1])<R}function Bn(n,t,e,r){this.x=n,this.z=t,this.o=e,this.e=r,this.v=!1,this.n=this.p=null}function Ne(n,t,e,r,i){var o=[],l=[],f,p;if(n.forEach(function(g){if(!((y=g.length-1)<=0)){var y,d=g[0],m=g[y],w;if(Gn(d,m)){if(!d[2]&&!m[2]){for(i.lineStart(),f=0;f<y;++f)i.point((d=g[f])[0],d[1]);i.lineEnd();return}m[0]+=2*R}o.push(w=new Bn(d,g,null,!0)),l.push(w.o=new Bn(d,null,w,!1)),o.push(w=new Bn(m,g,null,!1)),l.push(w.o=new Bn(m,null,w,!0))}}),!!o.length){for(l.sort(t),Gt(o),Gt(l),f=0,p=l.length;f<p;++f)l[f].e=e=!e;for(var h=o[0],s,c;;){for(var a=h,u=!0;a.v;)if((a=a.n)===h)return;s=a.z,i.lineStart();do{if(a.v=a.o.v=!0,a.e){if(u)for(f=0,p=s.length;f<p;++f)i.point((c=s[f])[0],c[1]);else r(a.x,a.n.x,1,i);a=a.n}else{if(u)for(s=a.p.z,f=s.length-1;f>=0;--f)i.point((c=s[f])[0],c[1]);else r(a.x,a.p.x,-1,i);a=a.p}a=a.o,s=a.z,u=!u}while(!a.v);i.lineEnd()}}}function Gt(n){if(t=n.length){for(var t,e=0,r=n[0],i;++e<t;)r.n=i=n[e],i.p=r,r=i;r.n=i=n[0],i.p=r}}function lt(n){return K(n[0])<=I?n[0]:lr(n[0])*((K(n[0])+I)%J-I)}function hr(n,t){var e=lt(t),r=t[1],i=z(r),o=[z(e),-q(e),0],l=0,f=0,p=new sn;i===1?r=Q+R:i===-1&&(r=-Q-R);for(var h=0,s=n.length;h<s;++h)if(a=(c=n[h]).length)for(var c,a,u=c[a-1],g=lt(u),y=u[1]/2+Dt,d=z(y),m=q(y),w=0;w<a;++w,g=E,d=N,m=k,u=v){var v=c[w],E=lt(v),$=v[1]/2+Dt,N=z($),k=q($),M=E-g,C=M>=0?1:-1,T=C*M,P=T>I,Y=d*N;if(p.add(Tn(Y*C*z(T),m*k+Y*q(T))),l+=P?M+C*J:M,P^g>=e^E>=e){var F=Qn(wn(u),wn(v));mt(F);var L=Qn(o,F);mt(L);var x=(P^M>=0?-1:1)*On(L[2]);(r>x||r===x&&(F[0]||F[1]))&&(f+=P^M>=0?1:-1)}}return(l<-R||l<R&&p<-1e-12)^f&1}function Pe(n,t,e,r){return function(i){var o=t(i),l=$e(),f=t(l),p=!1,h,s,c,a={point:u,lineStart:y,lineEnd:d,polygonStart:function(){a.point=m,a.lineStart=w,a.lineEnd=v,s=[],h=[]},polygonEnd:function(){a.point=u,a.lineStart=y,a.lineEnd=d,s=_e(s);var E=hr(h,r);s.length?(p||(i.polygonStart(),p=!0),Ne(s,dr,E,e,i)):E&&(p||(i.polygonStart(),p=!0),i.lineStart(),e(null,null,1,i),i.lineEnd()),p&&(i.polygonEnd(),p=!1),s=h=null},sphere:function(){i.polygonStart(),i.lineStart(),e(null,null,1,i),i.lineEnd(),i.polygonEnd()}};function u(E,$){n(E,$)&&i.point(E,$)}function g(E,$){o.point(E,$)}function y(){a.point=g,o.lineStart()}function d(){a.point=u,o.lineEnd()}function m(E,$){c.push([E,$]),f.point(E,$)}function w(){f.lineStart(),c=[]}function v(){m(c[0][0],c[0][1]),f.lineEnd();var E=f.clean(),$=l.result(),N,k=$.length,M,C,T;if(c.pop(),h.push(c),c=null,!!k){if(E&1){if(C=$[0],(M=C.length-1)>0){for(p||(i.polygonStart(),p=!0),i.lineStart(),N=0;N<M;++N)i.point((T=C[N])[0],T[1]);i.lineEnd()}return}k>1&&E&2&&$.push($.pop().concat($.shift())),s.push($.filter(pr))}}return a}}function pr(n){return n.length>1}function dr(n,t){return((n=n.x)[0]<0?n[1]-Q-R:Q-n[1])-((t=t.x)[0]<0?t[1]-Q-R:Q-t[1])}var Ut=Pe(function(){return!0},gr,yr,[-I,-Q]);function gr(n){var t=NaN,e=NaN,r=NaN,i;return{lineStart:function(){n.lineStart(),i=1},point:function(o,l){var f=o>0?I:-I,p=K(o-t);K(p-I)<R?(n.point(t,e=(e+l)/2>0?Q:-Q),n.point(r,e),n.lineEnd(),n.lineStart(),n.point(f,e),n.point(o,e),i=0):r!==f&&p>=I&&(K(t-r)<R&&(t-=r*R),K(o-f)<R&&(o-=f*R),e=mr(t,e,o,l),n.point(r,e),n.lineEnd(),n.lineStart(),n.point(f,e),i=0),n.point(t=o,e=l),r=f},lineEnd:function(){n.lineEnd(),t=e=NaN},clean:function(){return 2-i}}}function mr(n,t,e,r){var i,o,l=z(n-e);return K(l)>R?sr((z(t)*(o=q(r))*z(e)-z(r)*(i=q(t))*z(n))/(i*o*l)):(t+r)/2}function yr(n,t,e,r){var i;if(n==null)i=e*Q,r.point(-I,i),r.point(0,i),r.point(I,i),r.point(I,0),r.point(I,-i),r.point(0,-i),r.point(-I,-i),r.point(-I,0),r.point(-I,i);else if(K(n[0]-t[0])>R){var o=n[0]<t[0]?I:-I;i=e*o/2,r.point(-o,i),r.point(0,i),r.point(o,i)}else r.point(t[0],t[1])}function vr(n){var t=q(n),e=2*U,r=t>0,i=K(t)>R;function o(s,c,a,u){fr(u,n,e,a,s,c)}function l(s,c){return q(s)*q(c)>t}function f(s){var c,a,u,g,y;return{lineStart:function(){g=u=!1,y=1},point:function(d,m){var w=[d,m],v,E=l(d,m),$=r?E?0:h(d,m):E?h(d+(d<0?I:-I),m):0;if(!c&&(g=u=E)&&s.lineStart(),E!==u&&(v=p(c,w),(!v||Gn(c,v)||Gn(w,v))&&(w[2]=1)),E!==u)y=0,E?(s.lineStart(),v=p(w,c),s.point(v[0],v[1])):(v=p(c,w),s.point(v[0],v[1],2),s.lineEnd()),c=v;else if(i&&c&&r^E){var N;!($&a)&&(N=p(w,c,!0))&&(y=0,r?(s.lineStart(),s.point(N[0][0],N[0][1]),s.point(N[1][0],N[1][1]),s.lineEnd()):(s.point(N[1][0],N[1][1]),s.lineEnd(),s.lineStart(),s.point(N[0][0],N[0][1],3)))}E&&(!c||!Gn(c,w))&&s.point(w[0],w[1]),c=w,u=E,a=$},lineEnd:function(){u&&s.lineEnd(),c=null},clean:function(){return y|(g&&u)<<1}}}function p(s,c,a){var u=wn(s),g=wn(c),y=[1,0,0],d=Qn(u,g),m=Hn(d,d),w=d[0],v=m-w*w;if(!v)return!a&&s;var E=t*m/v,$=-t*w/v,N=Qn(y,d),k=bn(y,E),M=bn(d,$);st(k,M);var C=N,T=Hn(k,C),P=Hn(C,C),Y=T*T-P*(Hn(k,k)-1);if(!(Y<0)){var F=fn(Y),L=bn(C,(-T-F)/P);if(st(L,k),L=gt(L),!a)return L;var x=s[0],A=c[0],b=s[1],G=c[1],X;A<x&&(X=x,x=A,A=X);var Sn=A-x,tn=K(Sn-I)<R,an=tn||Sn<R;if(!tn&&G<b&&(X=b,b=G,G=X),an?tn?b+G>0^L[1]<(K(L[0]-x)<R?b:G):b<=L[1]&&L[1]<=G:Sn>I^(x<=L[0]&&L[0]<=A)){var en=bn(C,(-T+F)/P);return st(en,k),[L,gt(en)]}}}function h(s,c){var a=r?n:I-n,u=0;return s<-a?u|=1:s>a&&(u|=2),c<-a?u|=4:c>a&&(u|=8),u}return Pe(l,f,o,r?[0,-n]:[-I,n-I])}function wr(n,t,e,r,i,o){var l=n[0],f=n[1],p=t[0],h=t[1],s=0,c=1,a=p-l,u=h-f,g;if(g=e-l,!(!a&&g>0)){if(g/=a,a<0){if(g<s)return;g<c&&(c=g)}else if(a>0){if(g>c)return;g>s&&(s=g)}if(g=i-l,!(!a&&g<0)){if(g/=a,a<0){if(g>c)return;g>s&&(s=g)}else if(a>0){if(g<s)return;g<c&&(c=g)}if(g=r-f,!(!u&&g>0)){if(g/=u,u<0){if(g<s)return;g<c&&(c=g)}else if(u>0){if(g>c)return;g>s&&(s=g)}if(g=o-f,!(!u&&g<0)){if(g/=u,u<0){if(g>c)return;g>s&&(s=g)}else if(u>0){if(g<s)return;g<c&&(c=g)}return s>0&&(n[0]=l+s*a,n[1]=f+s*u),c<1&&(t[0]=l+c*a,t[1]=f+c*u),!0}}}}}var $n=1e9,jn=-$n;function Er(n,t,e,r){function i(h,s){return n<=h&&h<=e&&t<=s&&s<=r}function o(h,s,c,a){var u=0,g=0;if(h==null||(u=l(h,c))!==(g=l(s,c))||p(h,s)<0^c>0)do a.point(u===0||u===3?n:e,u>1?r:t);while((u=(u+c+4)%4)!==g);else a.point(s[0],s[1])}function l(h,s){return K(h[0]-n)<R?s>0?0:3:K(h[0]-e)<R?s>0?2:1:K(h[1]-t)<R?s>0?1:0:s>0?3:2}function f(h,s){return p(h.x,s.x)}function p(h,s){var c=l(h,1),a=l(s,1);return c!==a?c-a:c===0?s[1]-h[1]:c===1?h[0]-s[0]:c===2?h[1]-s[1]:s[0]-h[0]}return function(h){var s=h,c=$e(),a,u,g,y,d,m,w,v,E,$,N,k={point:M,lineStart:Y,lineEnd:F,polygonStart:T,polygonEnd:P};function M(x,A){i(x,A)&&s.point(x,A)}function C(){for(var x=0,A=0,b=u.length;A<b;++A)for(var G=u[A],X=1,Sn=G.length,tn=G[0],an,en,qn=tn[0],hn=tn[1];X<Sn;++X)an=qn,en=hn,tn=G[X],qn=tn[0],hn=tn[1],en<=r?hn>r&&(qn-an)*(r-en)>(hn-en)*(n-an)&&++x:hn<=r&&(qn-an)*(r-en)<(hn-en)*(n-an)&&--x;return x}function T(){s=c,a=[],u=[],N=!0}function P(){var x=C(),A=N&&x,b=(a=_e(a)).length;(A||b)&&(h.polygonStart(),A&&(h.lineStart(),o(null,null,1,h),h.lineEnd()),b&&Ne(a,f,x,o,h),h.polygonEnd()),s=h,a=u=g=null}function Y(){k.point=L,u&&u.push(g=[]),$=!0,E=!1,w=v=NaN}function F(){a&&(L(y,d),m&&E&&c.rejoin(),a.push(c.result())),k.point=M,E&&s.lineEnd()}function L(x,A){var b=i(x,A);if(u&&g.push([x,A]),$)y=x,d=A,m=b,$=!1,b&&(s.lineStart(),s.point(x,A));else if(b&&E)s.point(x,A);else{var G=[w=Math.max(jn,Math.min($n,w)),v=Math.max(jn,Math.min($n,v))],X=[x=Math.max(jn,Math.min($n,x)),A=Math.max(jn,Math.min($n,A))];wr(G,X,n,t,e,r)?(E||(s.lineStart(),s.point(G[0],G[1])),s.point(X[0],X[1]),b||s.lineEnd(),N=!1):b&&(s.lineStart(),s.point(x,A),N=!1)}w=x,v=A,E=b}return k}}function Xt(n,t,e){var r=gn(n,t-R,e).concat(t);return function(i){return r.map(function(o){return[i,o]})}}function Wt(n,t,e){var r=gn(n,t-R,e).concat(t);return function(i){return r.map(function(o){return[o,i]})}}function xr(){var n,t,e,r,i,o,l,f,p=10,h=p,s=90,c=360,a,u,g,y,d=2.5;function m(){return{type:"MultiLineString",coordinates:w()}}function w(){return gn(zn(r/s)*s,e,s).map(g).concat(gn(zn(f/c)*c,l,c).map(y)).concat(gn(zn(t/p)*p,n,p).filter(function(v){return K(v%s)>R}).map(a)).concat(gn(zn(o/h)*h,i,h).filter(function(v){return K(v%c)>R}).map(u))}return m.lines=function(){return w().map(function(v){return{type:"LineString",coordinates:v}})},m.outline=function(){return{type:"Polygon",coordinates:[g(r).concat(y(l).slice(1),g(e).reverse().slice(1),y(f).reverse().slice(1))]}},m.extent=function(v){return arguments.length?m.extentMajor(v).extentMinor(v):m.extentMinor()},m.extentMajor=function(v){return arguments.length?(r=+v[0][0],e=+v[1][0],f=+v[0][1],l=+v[1][1],r>e&&(v=r,r=e,e=v),f>l&&(v=f,f=l,l=v),m.precision(d)):[[r,f],[e,l]]},m.extentMinor=function(v){return arguments.length?(t=+v[0][0],n=+v[1][0],o=+v[0][1],i=+v[1][1],t>n&&(v=t,t=n,n=v),o>i&&(v=o,o=i,i=v),m.precision(d)):[[t,o],[n,i]]},m.step=function(v){return arguments.length?m.stepMajor(v).stepMinor(v):m.stepMinor()},m.stepMajor=function(v){return arguments.length?(s=+v[0],c=+v[1],m):[s,c]},m.stepMinor=function(v){return arguments.length?(p=+v[0],h=+v[1],m):[p,h]},m.precision=function(v){return arguments.length?(d=+v,a=Xt(o,i,90),u=Wt(t,n,d),g=Xt(f,l,90),y=Wt(r,e,d),m):d},m.extentMajor([[-180,-90+R],[180,90-R]]).extentMinor([[-180,-80-R],[180,80+R]])}function Sr(){return xr()()}var wt=n=>n,ut=new sn,Et=new sn,Me,ke,xt,St,on={point:V,lineStart:V,lineEnd:V,polygonStart:function(){on.lineStart=_r,on.lineEnd=Nr},polygonEnd:function(){on.lineStart=on.lineEnd=on.point=V,ut.add(K(Et)),Et=new sn},result:function(){var n=ut/2;return ut=new sn,n}};function _r(){on.point=$r}function $r(n,t){on.point=Ce,Me=xt=n,ke=St=t}function Ce(n,t){Et.add(St*n-xt*t),xt=n,St=t}function Nr(){Ce(Me,ke)}var En=1/0,Vn=En,Ln=-En,Jn=Ln,Zn={point:Pr,lineStart:V,lineEnd:V,polygonStart:V,polygonEnd:V,result:function(){var n=[[En,Vn],[Ln,Jn]];return Ln=Jn=-(Vn=En=1/0),n}};function Pr(n,t){n<En&&(En=n),n>Ln&&(Ln=n),t<Vn&&(Vn=t),t>Jn&&(Jn=t)}var _t=0,$t=0,Nn=0,nt=0,tt=0,mn=0,Nt=0,Pt=0,Pn=0,Ae,Re,Z,nn,W={point:ln,lineStart:Qt,lineEnd:Vt,polygonStart:function(){W.lineStart=Cr,W.lineEnd=Ar},polygonEnd:function(){W.point=ln,W.lineStart=Qt,W.lineEnd=Vt},result:function(){var n=Pn?[Nt/Pn,Pt/Pn]:mn?[nt/mn,tt/mn]:Nn?[_t/Nn,$t/Nn]:[NaN,NaN];return _t=$t=Nn=nt=tt=mn=Nt=Pt=Pn=0,n}};function ln(n,t){_t+=n,$t+=t,++Nn}function Qt(){W.point=Mr}function Mr(n,t){W.point=kr,ln(Z=n,nn=t)}function kr(n,t){var e=n-Z,r=t-nn,i=fn(e*e+r*r);nt+=i*(Z+n)/2,tt+=i*(nn+t)/2,mn+=i,ln(Z=n,nn=t)}function Vt(){W.point=ln}function Cr(){W.point=Rr}function Ar(){Ie(Ae,Re)}function Rr(n,t){W.point=Ie,ln(Ae=Z=n,Re=nn=t)}function Ie(n,t){var e=n-Z,r=t-nn,i=fn(e*e+r*r);nt+=i*(Z+n)/2,tt+=i*(nn+t)/2,mn+=i,i=nn*n-Z*t,Nt+=i*(Z+n),Pt+=i*(nn+t),Pn+=i*3,ln(Z=n,nn=t)}function Te(n){this._context=n}Te.prototype={_radius:4.5,pointRadius:function(n){return this._radius=n,this},polygonStart:function(){this._line=0},polygonEnd:function(){this._line=NaN},lineStart:function(){this._point=0},lineEnd:function(){this._line===0&&this._context.closePath(),this._point=NaN},point:function(n,t){switch(this._point){case 0:{this._context.moveTo(n,t),this._point=1;break}case 1:{this._context.lineTo(n,t);break}default:{this._context.moveTo(n+this._radius,t),this._context.arc(n,t,this._radius,0,J);break}}},result:V};var Mt=new sn,ct,Oe,Le,Mn,kn,Kn={point:V,lineStart:function(){Kn.point=Ir},lineEnd:function(){ct&&Ke(Oe,Le),Kn.point=V},polygonStart:function(){ct=!0},polygonEnd:function(){ct=null},result:function(){var n=+Mt;return Mt=new sn,n}};function Ir(n,t){Kn.point=Ke,Oe=Mn=n,Le=kn=t}function Ke(n,t){Mn-=n,kn-=t,Mt.add(fn(Mn*Mn+kn*kn)),Mn=n,kn=t}let Jt,et,Zt,ne;class te{constructor(t){this._append=t==null?Fe:Tr(t),this._radius=4.5,this._=""}pointRadius(t){return this._radius=+t,this}polygonStart(){this._line=0}polygonEnd(){this._line=NaN}lineStart(){this._point=0}lineEnd(){this._line===0&&(this._+="Z"),this._point=NaN}point(t,e){switch(this._point){case 0:{this._append`M${t},${e}`,this._point=1;break}case 1:{this._append`L${t},${e}`;break}default:{if(this._append`M${t},${e}`,this._radius!==Zt||this._append!==et){const r=this._radius,i=this._;this._="",this._append`m0,${r}a${r},${r} 0 1,1 0,${-2*r}a${r},${r} 0 1,1 0,${2*r}z`,Zt=r,et=this._append,ne=this._,this._=i}this._+=ne;break}}}result(){const t=this._;return this._="",t.length?t:null}}function Fe(n){let t=1;this._+=n[0];for(const e=n.length;t<e;++t)this._+=arguments[t]+n[t]}function Tr(n){const t=Math.floor(n);if(!(t>=0))throw new RangeError(`invalid digits: ${n}`);if(t>15)return Fe;if(t!==Jt){const e=10**t;Jt=t,et=function(i){let o=1;this._+=i[0];for(const l=i.length;o<l;++o)this._+=Math.round(arguments[o]*e)/e+i[o]}}return et}function Or(n,t){let e=3,r=4.5,i,o;function l(f){return f&&(typeof r=="function"&&o.pointRadius(+r.apply(this,arguments)),dn(f,i(o))),o.result()}return l.area=function(f){return dn(f,i(on)),on.result()},l.measure=function(f){return dn(f,i(Kn)),Kn.result()},l.bounds=function(f){return dn(f,i(Zn)),Zn.result()},l.centroid=function(f){return dn(f,i(W)),W.result()},l.projection=function(f){return arguments.length?(i=f==null?(n=null,wt):(n=f).stream,l):n},l.context=function(f){return arguments.length?(o=f==null?(t=null,new te(e)):new Te(t=f),typeof r!="function"&&o.pointRadius(r),l):t},l.pointRadius=function(f){return arguments.length?(r=typeof f=="function"?f:(o.pointRadius(+f),+f),l):r},l.digits=function(f){if(!arguments.length)return e;if(f==null)e=null;else{const p=Math.floor(f);if(!(p>=0))throw new RangeError(`invalid digits: ${f}`);e=p}return t===null&&(o=new te(e)),l},l.projection(n).digits(e).context(t)}function Tt(n){return function(t){var e=new kt;for(var r in n)e[r]=n[r];return e.stream=t,e}}function kt(){}kt.prototype={constructor:kt,point:function(n,t){this.stream.point(n,t)},sphere:function(){this.stream.sphere()},lineStart:function(){this.stream.lineStart()},lineEnd:function(){this.stream.lineEnd()},polygonStart:function(){this.stream.polygonStart()},polygonEnd:function(){this.stream.polygonEnd()}};function Ot(n,t,e){var r=n.clipExtent&&n.clipExtent();return n.scale(150).translate([0,0]),r!=null&&n.clipExtent(null),dn(e,n.stream(Zn)),t(Zn.result()),r!=null&&n.clipExtent(r),n}function De(n,t,e){return Ot(n,function(r){var i=t[1][0]-t[0][0],o=t[1][1]-t[0][1],l=Math.min(i/(r[1][0]-r[0][0]),o/(r[1][1]-r[0][1])),f=+t[0][0]+(i-l*(r[1][0]+r[0][0]))/2,p=+t[0][1]+(o-l*(r[1][1]+r[0][1]))/2;n.scale(150*l).translate([f,p])},e)}function Lr(n,t,e){return De(n,[[0,0],t],e)}function Kr(n,t,e){return Ot(n,function(r){var i=+t,o=i/(r[1][0]-r[0][0]),l=(i-o*(r[1][0]+r[0][0]))/2,f=-o*r[0][1];n.scale(150*o).translate([l,f])},e)}function Fr(n,t,e){return Ot(n,function(r){var i=+t,o=i/(r[1][1]-r[0][1]),l=-o*r[0][0],f=(i-o*(r[1][1]+r[0][1]))/2;n.scale(150*o).translate([l,f])},e)}var ee=16,Dr=q(30*U);function re(n,t){return+t?zr(n,t):qr(n)}function qr(n){return Tt({point:function(t,e){t=n(t,e),this.stream.point(t[0],t[1])}})}function zr(n,t){function e(r,i,o,l,f,p,h,s,c,a,u,g,y,d){var m=h-r,w=s-i,v=m*m+w*w;if(v>4*t&&y--){var E=l+a,$=f+u,N=p+g,k=fn(E*E+$*$+N*N),M=On(N/=k),C=K(K(N)-1)<R||K(o-c)<R?(o+c)/2:Tn($,E),T=n(C,M),P=T[0],Y=T[1],F=P-r,L=Y-i,x=w*F-m*L;(x*x/v>t||K((m*F+w*L)/v-.5)>.3||l*a+f*u+p*g<Dr)&&(e(r,i,o,l,f,p,P,Y,C,E/=k,$/=k,N,y,d),d.point(P,Y),e(P,Y,C,E,$,N,h,s,c,a,u,g,y,d))}}return function(r){var i,o,l,f,p,h,s,c,a,u,g,y,d={point:m,lineStart:w,lineEnd:E,polygonStart:function(){r.polygonStart(),d.lineStart=$},polygonEnd:function(){r.polygonEnd(),d.lineStart=w}};function m(M,C){M=n(M,C),r.point(M[0],M[1])}function w(){c=NaN,d.point=v,r.lineStart()}function v(M,C){var T=wn([M,C]),P=n(M,C);e(c,a,s,u,g,y,c=P[0],a=P[1],s=M,u=T[0],g=T[1],y=T[2],ee,r),r.point(c,a)}function E(){d.point=m,r.lineEnd()}function $(){w(),d.point=N,d.lineEnd=k}function N(M,C){v(i=M,C),o=c,l=a,f=u,p=g,h=y,d.point=v}function k(){e(c,a,s,u,g,y,o,l,i,f,p,h,ee,r),d.lineEnd=E,E()}return d}}var Hr=Tt({point:function(n,t){this.stream.point(n*U,t*U)}});function br(n){return Tt({point:function(t,e){var r=n(t,e);return this.stream.point(r[0],r[1])}})}function Br(n,t,e,r,i){function o(l,f){return l*=r,f*=i,[t+n*l,e-n*f]}return o.invert=function(l,f){return[(l-t)/n*r,(e-f)/n*i]},o}function ie(n,t,e,r,i,o){if(!o)return Br(n,t,e,r,i);var l=q(o),f=z(o),p=l*n,h=f*n,s=l/n,c=f/n,a=(f*e-l*t)/n,u=(f*t+l*e)/n;function g(y,d){return y*=r,d*=i,[p*y-h*d+t,e-h*y-p*d]}return g.invert=function(y,d){return[r*(s*y-c*d+a),i*(u-c*y-s*d)]},g}function jr(n){return Yr(function(){return n})()}function Yr(n){var t,e=150,r=480,i=250,o=0,l=0,f=0,p=0,h=0,s,c=0,a=1,u=1,g=null,y=Ut,d=null,m,w,v,E=wt,$=.5,N,k,M,C,T;function P(x){return M(x[0]*U,x[1]*U)}function Y(x){return x=M.invert(x[0],x[1]),x&&[x[0]*rn,x[1]*rn]}P.stream=function(x){return C&&T===x?C:C=Hr(br(s)(y(N(E(T=x)))))},P.preclip=function(x){return arguments.length?(y=x,g=void 0,L()):y},P.postclip=function(x){return arguments.length?(E=x,d=m=w=v=null,L()):E},P.clipAngle=function(x){return arguments.length?(y=+x?vr(g=x*U):(g=null,Ut),L()):g*rn},P.clipExtent=function(x){return arguments.length?(E=x==null?(d=m=w=v=null,wt):Er(d=+x[0][0],m=+x[0][1],w=+x[1][0],v=+x[1][1]),L()):d==null?null:[[d,m],[w,v]]},P.scale=function(x){return arguments.length?(e=+x,F()):e},P.translate=function(x){return arguments.length?(r=+x[0],i=+x[1],F()):[r,i]},P.center=function(x){return arguments.length?(o=x[0]%360*U,l=x[1]%360*U,F()):[o*rn,l*rn]},P.rotate=function(x){return arguments.length?(f=x[0]%360*U,p=x[1]%360*U,h=x.length>2?x[2]%360*U:0,F()):[f*rn,p*rn,h*rn]},P.angle=function(x){return arguments.length?(c=x%360*U,F()):c*rn},P.reflectX=function(x){return arguments.length?(a=x?-1:1,F()):a<0},P.reflectY=function(x){return arguments.length?(u=x?-1:1,F()):u<0},P.precision=function(x){return arguments.length?(N=re(k,$=x*x),L()):fn($)},P.fitExtent=function(x,A){return De(P,x,A)},P.fitSize=function(x,A){return Lr(P,x,A)},P.fitWidth=function(x,A){return Kr(P,x,A)},P.fitHeight=function(x,A){return Fr(P,x,A)};function F(){var x=ie(e,0,0,a,u,c).apply(null,t(o,l)),A=ie(e,r-x[0],i-x[1],a,u,c);return s=cr(f,p,h),k=yt(t,A),M=yt(s,k),N=re(k,$),L()}function L(){return C=T=null,P}return function(){return t=n.apply(this,arguments),P.invert=t.invert&&Y,F()}}function oe(n,t){return[n,t]}oe.invert=oe;function qe(n,t){var e=t*t,r=e*e;return[n*(.8707-.131979*e+r*(-.013791+r*(.003971*e-.001529*r))),t*(1.007226+e*(.015085+r*(-.044475+.028874*e-.005916*r)))]}qe.invert=function(n,t){var e=t,r=25,i;do{var o=e*e,l=o*o;e-=i=(e*(1.007226+o*(.015085+l*(-.044475+.028874*o-.005916*l)))-t)/(1.007226+o*(.015085*3+l*(-.044475*7+.028874*9*o-.005916*11*l)))}while(K(i)>R&&--r>0);return[n/(.8707+(o=e*e)*(-.131979+o*(-.013791+o*o*o*(.003971-.001529*o)))),e]};function Gr(){return jr(qe).scale(175.295)}function Ur(n){return n}function Xr(n){if(n==null)return Ur;var t,e,r=n.scale[0],i=n.scale[1],o=n.translate[0],l=n.translate[1];return function(f,p){p||(t=e=0);var h=2,s=f.length,c=new Array(s);for(c[0]=(t+=f[0])*r+o,c[1]=(e+=f[1])*i+l;h<s;)c[h]=f[h],++h;return c}}function Wr(n,t){for(var e,r=n.length,i=r-t;i<--r;)e=n[i],n[i++]=n[r],n[r]=e}function Qr(n,t){return typeof t=="string"&&(t=n.objects[t]),t.type==="GeometryCollection"?{type:"FeatureCollection",features:t.geometries.map(function(e){return ae(n,e)})}:ae(n,t)}function ae(n,t){var e=t.id,r=t.bbox,i=t.properties==null?{}:t.properties,o=ze(n,t);return e==null&&r==null?{type:"Feature",properties:i,geometry:o}:r==null?{type:"Feature",id:e,properties:i,geometry:o}:{type:"Feature",id:e,bbox:r,properties:i,geometry:o}}function ze(n,t){var e=Xr(n.transform),r=n.arcs;function i(s,c){c.length&&c.pop();for(var a=r[s<0?~s:s],u=0,g=a.length;u<g;++u)c.push(e(a[u],u));s<0&&Wr(c,g)}function o(s){return e(s)}function l(s){for(var c=[],a=0,u=s.length;a<u;++a)i(s[a],c);return c.length<2&&c.push(c[0]),c}function f(s){for(var c=l(s);c.length<4;)c.push(c[0]);return c}function p(s){return s.map(f)}function h(s){var c=s.type,a;switch(c){case"GeometryCollection":return{type:c,geometries:s.geometries.map(h)};case"Point":a=o(s.coordinates);break;case"MultiPoint":a=s.coordinates.map(o);break;case"LineString":a=l(s.arcs);break;case"MultiLineString":a=s.arcs.map(l);break;case"Polygon":a=p(s.arcs);break;case"MultiPolygon":a=s.arcs.map(p);break;default:return null}return{type:c,coordinates:a}}return h(t)}function Vr(n,t){var e={},r={},i={},o=[],l=-1;t.forEach(function(h,s){var c=n.arcs[h<0?~h:h],a;c.length<3&&!c[1][0]&&!c[1][1]&&(a=t[++l],t[l]=h,t[s]=a)}),t.forEach(function(h){var s=f(h),c=s[0],a=s[1],u,g;if(u=i[c])if(delete i[u.end],u.push(h),u.end=a,g=r[a]){delete r[g.start];var y=g===u?u:u.concat(g);r[y.start=u.start]=i[y.end=g.end]=y}else r[u.start]=i[u.end]=u;else if(u=r[a])if(delete r[u.start],u.unshift(h),u.start=c,g=i[c]){delete i[g.end];var d=g===u?u:g.concat(u);r[d.start=g.start]=i[d.end=u.end]=d}else r[u.start]=i[u.end]=u;else u=[h],r[u.start=c]=i[u.end=a]=u});function f(h){var s=n.arcs[h<0?~h:h],c=s[0],a;return n.transform?(a=[0,0],s.forEach(function(u){a[0]+=u[0],a[1]+=u[1]})):a=s[s.length-1],h<0?[a,c]:[c,a]}function p(h,s){for(var c in h){var a=h[c];delete s[a.start],delete a.start,delete a.end,a.forEach(function(u){e[u<0?~u:u]=1}),o.push(a)}}return p(i,r),p(r,i),t.forEach(function(h){e[h<0?~h:h]||o.push([h])}),o}function Jr(n){return ze(n,Zr.apply(this,arguments))}function Zr(n,t,e){var r,i,o;if(arguments.length>1)r=ni(n,t,e);else for(i=0,r=new Array(o=n.arcs.length);i<o;++i)r[i]=i;return{type:"MultiLineString",arcs:Vr(n,r)}}function ni(n,t,e){var r=[],i=[],o;function l(c){var a=c<0?~c:c;(i[a]||(i[a]=[])).push({i:c,g:o})}function f(c){c.forEach(l)}function p(c){c.forEach(f)}function h(c){c.forEach(p)}function s(c){switch(o=c,c.type){case"GeometryCollection":c.geometries.forEach(s);break;case"LineString":f(c.arcs);break;case"MultiLineString":case"Polygon":p(c.arcs);break;case"MultiPolygon":h(c.arcs);break}}return s(t),i.forEach(e==null?function(c){r.push(c[0].i)}:function(c){e(c[0].g,c[c.length-1].g)&&r.push(c[0].i)}),r}const ti="/explore/assets/countries-110m-B3KlhDC_.json",se=960,le=500;let ue;class Lt{element;arcs=D("g",{class:"arcs"});marks=D("g",{class:"marks"});projection=Gr().fitSize([se,le],{type:"Sphere"});path=Or(this.projection);constructor(t){this.element=D("svg",{class:"world-map",viewBox:`0 0 ${se} ${le}`,role:"img"},[D("path",{class:"sphere",d:this.path({type:"Sphere"})??""}),D("path",{class:"graticule",d:this.path(Sr())??""})]);const e=D("g",{class:"land"});this.element.append(e,this.arcs,this.marks),t.append(this.element),ue??=fetch(ti).then(r=>r.json()),ue.then(r=>{e.append(D("path",{class:"countries",d:this.path(Qr(r,r.objects.countries))??""}),D("path",{class:"borders",d:this.path(Jr(r,r.objects.countries,(i,o)=>i!==o))??""}))})}point(t){return t.latitude==null||t.longitude==null?null:this.projection([t.longitude,t.latitude])}mark(t,e,r,i={}){const o=this.point(t);if(!o)return null;const l=D("circle",{cx:o[0].toFixed(1),cy:o[1].toFixed(1),r:e.toFixed(2),...i},[D("title",{},[r])]);return this.marks.append(l),l}arc(t,e,r={}){if(t.latitude==null||t.longitude==null||e.latitude==null||e.longitude==null)return null;const i={type:"LineString",coordinates:[[t.longitude,t.latitude],[e.longitude,e.latitude]]},o=D("path",{class:"arc",d:this.path(i)??"",...r});return this.arcs.append(o),o}}class Ct extends Error{constructor(t){super(t.map(e=>`${e.extensions?.code??"ERROR"}: ${e.message}`).join("; ")),this.errors=t}errors}const ei=new URL("/graphql",location.href).href;async function ot(n,t){const e=await fetch(ei,{method:"POST",headers:{"content-type":"application/json",accept:"application/graphql-response+json"},body:JSON.stringify({query:n.toString(),variables:t})}),r=await e.json().catch(()=>({}));if(r.errors?.length)throw new Ct(r.errors);if(!e.ok||r.data==null)throw new Ct([{message:`HTTP ${e.status} without data`}]);return r.data}class un{element;body;query;constructor(t,e,r){this.body=S("div",{class:"panel-body"}),this.query=S("div",{class:"query-slot"}),this.element=S("section",{class:"panel","data-panel":r},[S("header",{},[S("h2",{},[e]),this.query]),this.body]),t.append(this.element)}async load(t,e,r){this.showQuery(t,e,r),this.body.replaceChildren(S("p",{class:"loading"},[_("loading")]));try{const i=await ot(t,e);return this.body.replaceChildren(),i}catch(i){this.fail(i);return}}fail(t){const e=t instanceof Ct||t instanceof Error?t.message:String(t);this.body.replaceChildren(S("p",{class:"error",role:"alert"},[e]))}showQuery(t,e,r){const i=t.toString().trim(),o=JSON.stringify(e,null,2),l=`/?${new URLSearchParams({query:i,variables:o})}`;this.query.replaceChildren(S("details",{class:"query"},[S("summary",{},[_("query")]),S("pre",{class:"operation"},[i]),S("pre",{class:"variables"},[o]),...r?[S("p",{class:"note"},[r])]:[],S("a",{class:"open-graphiql",href:l,target:"_blank"},[_("openGraphiql")])]))}}class H extends String{__apiType;value;__meta__;constructor(t,e){super(t),this.value=t,this.__meta__=e}toString(){return this.value}}new H(`
    fragment ExplorerPolicy on PolicyExport {
  id
  slug
  title
  titleEn
  titleKo
  year
  sector
}
    `,{fragmentName:"ExplorerPolicy"});new H(`
    fragment ExplorerPairSide on City {
  slug
  nameEn
  nameKo
  agreements {
    kind
    partner {
      slug
      nameEn
      nameKo
    }
  }
  memberships {
    organization {
      slug
      acronym
      nameEn
      nameKo
    }
  }
}
    `,{fragmentName:"ExplorerPairSide"});new H(`
    fragment ExplorerPlace on City {
  slug
  nameEn
  nameKo
  latitude
  longitude
}
    `,{fragmentName:"ExplorerPlace"});new H(`
    fragment CityHit on City {
  id
  slug
  nameEn
  cityNameKo: nameKo
}
    `,{fragmentName:"CityHit"});new H(`
    fragment CountryHit on Country {
  id
  code
  nameEn
  nameKo
}
    `,{fragmentName:"CountryHit"});new H(`
    fragment OrganizationHit on Organization {
  id
  slug
  acronym
  nameEn
}
    `,{fragmentName:"OrganizationHit"});new H(`
    fragment EventHit on Event {
  id
  slug
  name
  year
}
    `,{fragmentName:"EventHit"});new H(`
    fragment PolicyExportHit on PolicyExport {
  id
  slug
  title
  year
}
    `,{fragmentName:"PolicyExportHit"});new H(`
    fragment SourceHit on Source {
  id
  key
  title
  year
}
    `,{fragmentName:"SourceHit"});new H(`
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
    `);new H(`
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
    `);new H(`
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
    `);const ce=new H(`
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
}`),ri=new H(`
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
    `),ii=new H(`
    query ExplorerPair($a: String!, $b: String!) {
  a: city(slug: $a) {
    ...ExplorerPairSide
  }
  b: city(slug: $b) {
    ...ExplorerPairSide
  }
}
    fragment ExplorerPairSide on City {
  slug
  nameEn
  nameKo
  agreements {
    kind
    partner {
      slug
      nameEn
      nameKo
    }
  }
  memberships {
    organization {
      slug
      acronym
      nameEn
      nameKo
    }
  }
}`),oi=new H(`
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
}`),ai=new H(`
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
    `),fe=new H(`
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
    `);new H(`
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
    `);const He=new H(`
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
}`),ft={AGREEMENT_SIGNED:"#d1495b",AGREEMENT_ENDED:"#8d99ae",MEMBERSHIP_JOINED:"#00798c",MEMBERSHIP_LEFT:"#adb5bd",EVENT_HOSTED:"#edae49",POLICY_EXPORTED:"#30638e",POLICY_RECEIVED:"#7d5ba6"};function he(n){const t=n.record;switch(t.__typename){case"Agreement":return`${vn(t.kind)} · ${O(t.partner)}`;case"Membership":return t.organization?.acronym??O(t.organization);case"Event":return O({nameEn:t.name,nameKo:t.nameKo});case"PolicyExport":return O({nameEn:t.title,nameKo:t.titleKo})}}async function si(n,t){const e=new un(n,_("timeline"),"timeline"),r=await e.load(ai,{city:t});if(!r)return;const i=r.timeline.filter(l=>l.year!=null),o=i.map(l=>l.year);if(o.length){const l=Math.min(...o),f=Math.max(...o),p=900,h=160,s=16,c=(p-2*s)/(f-l+1),a=new Map;for(const d of i)a.set(d.year,[...a.get(d.year)??[],d]);const u=Math.max(...[...a.values()].map(d=>d.length)),g=(h-20)/u,y=D("svg",{class:"timeline-chart",viewBox:`0 0 ${p} ${h}`});for(const[d,m]of a)m.forEach((w,v)=>{y.append(D("rect",{x:(s+(d-l)*c).toFixed(1),y:(h-20-(v+1)*g).toFixed(1),width:Math.max(c-1,1).toFixed(1),height:Math.max(g-.5,.5).toFixed(1),fill:ft[w.kind]??"#555"},[D("title",{},[`${w.date} · ${he(w)}`])]))});for(let d=Math.ceil(l/10)*10;d<=f;d+=10){const m=s+(d-l+.5)*c;y.append(D("text",{x:m.toFixed(1),y:h-4,class:"axis"},[String(d)]))}e.body.append(y)}e.body.append(S("ul",{class:"legend"},Object.entries(ft).map(([l,f])=>S("li",{},[S("span",{class:"swatch",style:`background:${f}`}),l.toLowerCase().replaceAll("_"," ")]))),S("p",{class:"undated"},[`${_("undatedFacts")}: ${r.city?.undatedAgreements.length??0} ${_("agreements").toLowerCase()}, ${r.city?.undatedMemberships.length??0} ${_("networks").toLowerCase()}`]),S("ol",{class:"timeline-entries"},r.timeline.map(l=>S("li",{"data-kind":l.kind,"data-year":String(l.year??"")},[S("time",{},[l.date])," ",S("span",{class:"swatch",style:`background:${ft[l.kind]??"#555"}`})," ",he(l)]))))}function li(n){const t=+this._x.call(null,n),e=+this._y.call(null,n);return be(this.cover(t,e),t,e,n)}function be(n,t,e,r){if(isNaN(t)||isNaN(e))return n;var i,o=n._root,l={data:r},f=n._x0,p=n._y0,h=n._x1,s=n._y1,c,a,u,g,y,d,m,w;if(!o)return n._root=l,n;for(;o.length;)if((y=t>=(c=(f+h)/2))?f=c:h=c,(d=e>=(a=(p+s)/2))?p=a:s=a,i=o,!(o=o[m=d<<1|y]))return i[m]=l,n;if(u=+n._x.call(null,o.data),g=+n._y.call(null,o.data),t===u&&e===g)return l.next=o,i?i[m]=l:n._root=l,n;do i=i?i[m]=new Array(4):n._root=new Array(4),(y=t>=(c=(f+h)/2))?f=c:h=c,(d=e>=(a=(p+s)/2))?p=a:s=a;while((m=d<<1|y)===(w=(g>=a)<<1|u>=c));return i[w]=o,i[m]=l,n}function ui(n){Array.isArray(n)||(n=Array.from(n));const t=n.length,e=new Float64Array(t),r=new Float64Array(t);let i=1/0,o=i,l=-i,f=l;for(let p=0,h,s,c;p<t;++p){if(isNaN(s=+this._x.call(null,h=n[p]))||isNaN(c=+this._y.call(null,h))){e[p]=NaN;continue}e[p]=s,r[p]=c,s<i&&(i=s),s>l&&(l=s),c<o&&(o=c),c>f&&(f=c)}if(i>l||o>f)return this;this.cover(i,o).cover(l,f);for(let p=0;p<t;++p)be(this,e[p],r[p],n[p]);return this}function ci(n,t){if(isNaN(n=+n)||isNaN(t=+t))return this;var e=this._x0,r=this._y0,i=this._x1,o=this._y1;if(isNaN(e))i=(e=Math.floor(n))+1,o=(r=Math.floor(t))+1;else{for(var l=i-e||1,f=this._root,p,h;e>n||n>=i||r>t||t>=o;)switch(h=(t<r)<<1|n<e,p=new Array(4),p[h]=f,f=p,l*=2,h){case 0:i=e+l,o=r+l;break;case 1:e=i-l,o=r+l;break;case 2:i=e+l,r=o-l;break;case 3:e=i-l,r=o-l;break}this._root&&this._root.length&&(this._root=f)}return this._x0=e,this._y0=r,this._x1=i,this._y1=o,this}function fi(){var n=[];return this.visit(function(t){if(!t.length)do n.push(t.data);while(t=t.next)}),n}function hi(n){return arguments.length?this.cover(+n[0][0],+n[0][1]).cover(+n[1][0],+n[1][1]):isNaN(this._x0)?void 0:[[this._x0,this._y0],[this._x1,this._y1]]}function B(n,t,e,r,i){this.node=n,this.x0=t,this.y0=e,this.x1=r,this.y1=i}function pi(n,t,e){var r,i=this._x0,o=this._y0,l,f,p,h,s=this._x1,c=this._y1,a=[],u=this._root,g,y;for(u&&a.push(new B(u,i,o,s,c)),e==null?e=1/0:(i=n-e,o=t-e,s=n+e,c=t+e,e*=e);g=a.pop();)if(!(!(u=g.node)||(l=g.x0)>s||(f=g.y0)>c||(p=g.x1)<i||(h=g.y1)<o))if(u.length){var d=(l+p)/2,m=(f+h)/2;a.push(new B(u[3],d,m,p,h),new B(u[2],l,m,d,h),new B(u[1],d,f,p,m),new B(u[0],l,f,d,m)),(y=(t>=m)<<1|n>=d)&&(g=a[a.length-1],a[a.length-1]=a[a.length-1-y],a[a.length-1-y]=g)}else{var w=n-+this._x.call(null,u.data),v=t-+this._y.call(null,u.data),E=w*w+v*v;if(E<e){var $=Math.sqrt(e=E);i=n-$,o=t-$,s=n+$,c=t+$,r=u.data}}return r}function di(n){if(isNaN(s=+this._x.call(null,n))||isNaN(c=+this._y.call(null,n)))return this;var t,e=this._root,r,i,o,l=this._x0,f=this._y0,p=this._x1,h=this._y1,s,c,a,u,g,y,d,m;if(!e)return this;if(e.length)for(;;){if((g=s>=(a=(l+p)/2))?l=a:p=a,(y=c>=(u=(f+h)/2))?f=u:h=u,t=e,!(e=e[d=y<<1|g]))return this;if(!e.length)break;(t[d+1&3]||t[d+2&3]||t[d+3&3])&&(r=t,m=d)}for(;e.data!==n;)if(i=e,!(e=e.next))return this;return(o=e.next)&&delete e.next,i?(o?i.next=o:delete i.next,this):t?(o?t[d]=o:delete t[d],(e=t[0]||t[1]||t[2]||t[3])&&e===(t[3]||t[2]||t[1]||t[0])&&!e.length&&(r?r[m]=e:this._root=e),this):(this._root=o,this)}function gi(n){for(var t=0,e=n.length;t<e;++t)this.remove(n[t]);return this}function mi(){return this._root}function yi(){var n=0;return this.visit(function(t){if(!t.length)do++n;while(t=t.next)}),n}function vi(n){var t=[],e,r=this._root,i,o,l,f,p;for(r&&t.push(new B(r,this._x0,this._y0,this._x1,this._y1));e=t.pop();)if(!n(r=e.node,o=e.x0,l=e.y0,f=e.x1,p=e.y1)&&r.length){var h=(o+f)/2,s=(l+p)/2;(i=r[3])&&t.push(new B(i,h,s,f,p)),(i=r[2])&&t.push(new B(i,o,s,h,p)),(i=r[1])&&t.push(new B(i,h,l,f,s)),(i=r[0])&&t.push(new B(i,o,l,h,s))}return this}function wi(n){var t=[],e=[],r;for(this._root&&t.push(new B(this._root,this._x0,this._y0,this._x1,this._y1));r=t.pop();){var i=r.node;if(i.length){var o,l=r.x0,f=r.y0,p=r.x1,h=r.y1,s=(l+p)/2,c=(f+h)/2;(o=i[0])&&t.push(new B(o,l,f,s,c)),(o=i[1])&&t.push(new B(o,s,f,p,c)),(o=i[2])&&t.push(new B(o,l,c,s,h)),(o=i[3])&&t.push(new B(o,s,c,p,h))}e.push(r)}for(;r=e.pop();)n(r.node,r.x0,r.y0,r.x1,r.y1);return this}function Ei(n){return n[0]}function xi(n){return arguments.length?(this._x=n,this):this._x}function Si(n){return n[1]}function _i(n){return arguments.length?(this._y=n,this):this._y}function Be(n,t,e){var r=new Kt(t??Ei,e??Si,NaN,NaN,NaN,NaN);return n==null?r:r.addAll(n)}function Kt(n,t,e,r,i,o){this._x=n,this._y=t,this._x0=e,this._y0=r,this._x1=i,this._y1=o,this._root=void 0}function pe(n){for(var t={data:n.data},e=t;n=n.next;)e=e.next={data:n.data};return t}var j=Be.prototype=Kt.prototype;j.copy=function(){var n=new Kt(this._x,this._y,this._x0,this._y0,this._x1,this._y1),t=this._root,e,r;if(!t)return n;if(!t.length)return n._root=pe(t),n;for(e=[{source:t,target:n._root=new Array(4)}];t=e.pop();)for(var i=0;i<4;++i)(r=t.source[i])&&(r.length?e.push({source:r,target:t.target[i]=new Array(4)}):t.target[i]=pe(r));return n};j.add=li;j.addAll=ui;j.cover=ci;j.data=fi;j.extent=hi;j.find=pi;j.remove=di;j.removeAll=gi;j.root=mi;j.size=yi;j.visit=vi;j.visitAfter=wi;j.x=xi;j.y=_i;var $i={value:()=>{}};function je(){for(var n=0,t=arguments.length,e={},r;n<t;++n){if(!(r=arguments[n]+"")||r in e||/[\s.]/.test(r))throw new Error("illegal type: "+r);e[r]=[]}return new Un(e)}function Un(n){this._=n}function Ni(n,t){return n.trim().split(/^|\s+/).map(function(e){var r="",i=e.indexOf(".");if(i>=0&&(r=e.slice(i+1),e=e.slice(0,i)),e&&!t.hasOwnProperty(e))throw new Error("unknown type: "+e);return{type:e,name:r}})}Un.prototype=je.prototype={constructor:Un,on:function(n,t){var e=this._,r=Ni(n+"",e),i,o=-1,l=r.length;if(arguments.length<2){for(;++o<l;)if((i=(n=r[o]).type)&&(i=Pi(e[i],n.name)))return i;return}if(t!=null&&typeof t!="function")throw new Error("invalid callback: "+t);for(;++o<l;)if(i=(n=r[o]).type)e[i]=de(e[i],n.name,t);else if(t==null)for(i in e)e[i]=de(e[i],n.name,null);return this},copy:function(){var n={},t=this._;for(var e in t)n[e]=t[e].slice();return new Un(n)},call:function(n,t){if((i=arguments.length-2)>0)for(var e=new Array(i),r=0,i,o;r<i;++r)e[r]=arguments[r+2];if(!this._.hasOwnProperty(n))throw new Error("unknown type: "+n);for(o=this._[n],r=0,i=o.length;r<i;++r)o[r].value.apply(t,e)},apply:function(n,t,e){if(!this._.hasOwnProperty(n))throw new Error("unknown type: "+n);for(var r=this._[n],i=0,o=r.length;i<o;++i)r[i].value.apply(t,e)}};function Pi(n,t){for(var e=0,r=n.length,i;e<r;++e)if((i=n[e]).name===t)return i.value}function de(n,t,e){for(var r=0,i=n.length;r<i;++r)if(n[r].name===t){n[r]=$i,n=n.slice(0,r).concat(n.slice(r+1));break}return e!=null&&n.push({name:t,value:e}),n}var xn=0,Cn=0,_n=0,Ye=1e3,rt,An,it=0,cn=0,at=0,Fn=typeof performance=="object"&&performance.now?performance:Date,Ge=typeof window=="object"&&window.requestAnimationFrame?window.requestAnimationFrame.bind(window):function(n){setTimeout(n,17)};function Ue(){return cn||(Ge(Mi),cn=Fn.now()+at)}function Mi(){cn=0}function At(){this._call=this._time=this._next=null}At.prototype=Xe.prototype={constructor:At,restart:function(n,t,e){if(typeof n!="function")throw new TypeError("callback is not a function");e=(e==null?Ue():+e)+(t==null?0:+t),!this._next&&An!==this&&(An?An._next=this:rt=this,An=this),this._call=n,this._time=e,Rt()},stop:function(){this._call&&(this._call=null,this._time=1/0,Rt())}};function Xe(n,t,e){var r=new At;return r.restart(n,t,e),r}function ki(){Ue(),++xn;for(var n=rt,t;n;)(t=cn-n._time)>=0&&n._call.call(void 0,t),n=n._next;--xn}function ge(){cn=(it=Fn.now())+at,xn=Cn=0;try{ki()}finally{xn=0,Ai(),cn=0}}function Ci(){var n=Fn.now(),t=n-it;t>Ye&&(at-=t,it=n)}function Ai(){for(var n,t=rt,e,r=1/0;t;)t._call?(r>t._time&&(r=t._time),n=t,t=t._next):(e=t._next,t._next=null,t=n?n._next=e:rt=e);An=n,Rt(r)}function Rt(n){if(!xn){Cn&&(Cn=clearTimeout(Cn));var t=n-cn;t>24?(n<1/0&&(Cn=setTimeout(ge,Math.ceil(n-Fn.now()-at)+1)),_n&&(_n=clearInterval(_n))):(_n||(it=Fn.now(),_n=setInterval(Ci,Ye)),xn=1,Ge(ge))}}function Ri(n,t){var e,r=1;n==null&&(n=0),t==null&&(t=0);function i(){var o,l=e.length,f,p=0,h=0;for(o=0;o<l;++o)f=e[o],p+=f.x,h+=f.y;for(p=(p/l-n)*r,h=(h/l-t)*r,o=0;o<l;++o)f=e[o],f.x-=p,f.y-=h}return i.initialize=function(o){e=o},i.x=function(o){return arguments.length?(n=+o,i):n},i.y=function(o){return arguments.length?(t=+o,i):t},i.strength=function(o){return arguments.length?(r=+o,i):r},i}function Rn(n){return function(){return n}}function yn(n){return(n()-.5)*1e-6}function Ii(n){return n.index}function me(n,t){var e=n.get(t);if(!e)throw new Error("node not found: "+t);return e}function Ti(n){var t=Ii,e=c,r,i=Rn(30),o,l,f,p,h,s=1;n==null&&(n=[]);function c(d){return 1/Math.min(f[d.source.index],f[d.target.index])}function a(d){for(var m=0,w=n.length;m<s;++m)for(var v=0,E,$,N,k,M,C,T;v<w;++v)E=n[v],$=E.source,N=E.target,k=N.x+N.vx-$.x-$.vx||yn(h),M=N.y+N.vy-$.y-$.vy||yn(h),C=Math.sqrt(k*k+M*M),C=(C-o[v])/C*d*r[v],k*=C,M*=C,N.vx-=k*(T=p[v]),N.vy-=M*T,$.vx+=k*(T=1-T),$.vy+=M*T}function u(){if(l){var d,m=l.length,w=n.length,v=new Map(l.map(($,N)=>[t($,N,l),$])),E;for(d=0,f=new Array(m);d<w;++d)E=n[d],E.index=d,typeof E.source!="object"&&(E.source=me(v,E.source)),typeof E.target!="object"&&(E.target=me(v,E.target)),f[E.source.index]=(f[E.source.index]||0)+1,f[E.target.index]=(f[E.target.index]||0)+1;for(d=0,p=new Array(w);d<w;++d)E=n[d],p[d]=f[E.source.index]/(f[E.source.index]+f[E.target.index]);r=new Array(w),g(),o=new Array(w),y()}}function g(){if(l)for(var d=0,m=n.length;d<m;++d)r[d]=+e(n[d],d,n)}function y(){if(l)for(var d=0,m=n.length;d<m;++d)o[d]=+i(n[d],d,n)}return a.initialize=function(d,m){l=d,h=m,u()},a.links=function(d){return arguments.length?(n=d,u(),a):n},a.id=function(d){return arguments.length?(t=d,a):t},a.iterations=function(d){return arguments.length?(s=+d,a):s},a.strength=function(d){return arguments.length?(e=typeof d=="function"?d:Rn(+d),g(),a):e},a.distance=function(d){return arguments.length?(i=typeof d=="function"?d:Rn(+d),y(),a):i},a}const Oi=1664525,Li=1013904223,ye=4294967296;function Ki(){let n=1;return()=>(n=(Oi*n+Li)%ye)/ye}function Fi(n){return n.x}function Di(n){return n.y}var qi=10,zi=Math.PI*(3-Math.sqrt(5));function Hi(n){var t,e=1,r=.001,i=1-Math.pow(r,1/300),o=0,l=.6,f=new Map,p=Xe(c),h=je("tick","end"),s=Ki();n==null&&(n=[]);function c(){a(),h.call("tick",t),e<r&&(p.stop(),h.call("end",t))}function a(y){var d,m=n.length,w;y===void 0&&(y=1);for(var v=0;v<y;++v)for(e+=(o-e)*i,f.forEach(function(E){E(e)}),d=0;d<m;++d)w=n[d],w.fx==null?w.x+=w.vx*=l:(w.x=w.fx,w.vx=0),w.fy==null?w.y+=w.vy*=l:(w.y=w.fy,w.vy=0);return t}function u(){for(var y=0,d=n.length,m;y<d;++y){if(m=n[y],m.index=y,m.fx!=null&&(m.x=m.fx),m.fy!=null&&(m.y=m.fy),isNaN(m.x)||isNaN(m.y)){var w=qi*Math.sqrt(.5+y),v=y*zi;m.x=w*Math.cos(v),m.y=w*Math.sin(v)}(isNaN(m.vx)||isNaN(m.vy))&&(m.vx=m.vy=0)}}function g(y){return y.initialize&&y.initialize(n,s),y}return u(),t={tick:a,restart:function(){return p.restart(c),t},stop:function(){return p.stop(),t},nodes:function(y){return arguments.length?(n=y,u(),f.forEach(g),t):n},alpha:function(y){return arguments.length?(e=+y,t):e},alphaMin:function(y){return arguments.length?(r=+y,t):r},alphaDecay:function(y){return arguments.length?(i=+y,t):+i},alphaTarget:function(y){return arguments.length?(o=+y,t):o},velocityDecay:function(y){return arguments.length?(l=1-y,t):1-l},randomSource:function(y){return arguments.length?(s=y,f.forEach(g),t):s},force:function(y,d){return arguments.length>1?(d==null?f.delete(y):f.set(y,g(d)),t):f.get(y)},find:function(y,d,m){var w=0,v=n.length,E,$,N,k,M;for(m==null?m=1/0:m*=m,w=0;w<v;++w)k=n[w],E=y-k.x,$=d-k.y,N=E*E+$*$,N<m&&(M=k,m=N);return M},on:function(y,d){return arguments.length>1?(h.on(y,d),t):h.on(y)}}}function bi(){var n,t,e,r,i=Rn(-30),o,l=1,f=1/0,p=.81;function h(u){var g,y=n.length,d=Be(n,Fi,Di).visitAfter(c);for(r=u,g=0;g<y;++g)t=n[g],d.visit(a)}function s(){if(n){var u,g=n.length,y;for(o=new Array(g),u=0;u<g;++u)y=n[u],o[y.index]=+i(y,u,n)}}function c(u){var g=0,y,d,m=0,w,v,E;if(u.length){for(w=v=E=0;E<4;++E)(y=u[E])&&(d=Math.abs(y.value))&&(g+=y.value,m+=d,w+=d*y.x,v+=d*y.y);u.x=w/m,u.y=v/m}else{y=u,y.x=y.data.x,y.y=y.data.y;do g+=o[y.data.index];while(y=y.next)}u.value=g}function a(u,g,y,d){if(!u.value)return!0;var m=u.x-t.x,w=u.y-t.y,v=d-g,E=m*m+w*w;if(v*v/p<E)return E<f&&(m===0&&(m=yn(e),E+=m*m),w===0&&(w=yn(e),E+=w*w),E<l&&(E=Math.sqrt(l*E)),t.vx+=m*u.value*r/E,t.vy+=w*u.value*r/E),!0;if(u.length||E>=f)return;(u.data!==t||u.next)&&(m===0&&(m=yn(e),E+=m*m),w===0&&(w=yn(e),E+=w*w),E<l&&(E=Math.sqrt(l*E)));do u.data!==t&&(v=o[u.data.index]*r/E,t.vx+=m*v,t.vy+=w*v);while(u=u.next)}return h.initialize=function(u,g){n=u,e=g,s()},h.strength=function(u){return arguments.length?(i=typeof u=="function"?u:Rn(+u),s(),h):i},h.distanceMin=function(u){return arguments.length?(l=u*u,h):Math.sqrt(l)},h.distanceMax=function(u){return arguments.length?(f=u*u,h):Math.sqrt(f)},h.theta=function(u){return arguments.length?(p=u*u,h):Math.sqrt(p)},h}const Bi=8;async function ji(n,t){const e=new un(n,_("network"),"network"),r=await e.load(ri,{slug:t,fanOut:Bi});if(!r?.city)return;const i=new Map,o=[],l=(a,u)=>{const g=i.get(a.slug);if(g)return g;const y={city:a,ring:u};return i.set(a.slug,y),y},f=l({slug:r.city.slug,nameEn:r.city.slug},0);f.fx=0,f.fy=0;const p=r.city.agreements.flatMap(({kind:a,partner:u})=>u?[{kind:a,partner:u}]:[]);for(const{kind:a,partner:u}of p)o.push({source:f,target:l(u,1),kind:a});for(const{partner:a}of p)for(const u of a.agreementsConnection.nodes)u.partner&&o.push({source:l(a,1),target:l(u.partner,2),kind:u.kind});const h=[...i.values()];Hi(h).force("link",Ti(o).distance(a=>a.source.ring===0?90:40)).force("charge",bi().strength(-40)).force("centre",Ri(0,0)).stop().tick(300);const s=330,c=D("svg",{class:"network-graph",viewBox:`${-s} ${-s} ${2*s} ${2*s}`});for(const a of o){const u=a.source,g=a.target;c.append(D("line",{x1:u.x.toFixed(1),y1:u.y.toFixed(1),x2:g.x.toFixed(1),y2:g.y.toFixed(1),stroke:Xn[a.kind]??"#999",class:`ring-${u.ring}`}))}for(const a of h){const u=D("a",{href:`#/city/${a.city.slug}`,class:`node ring-${a.ring}`},[D("circle",{cx:a.x.toFixed(1),cy:a.y.toFixed(1),r:[7,4,2.5][a.ring]}),a.ring<2?D("text",{x:(a.x+6).toFixed(1),y:(a.y+3).toFixed(1)},[a.ring?O(a.city):""]):null,D("title",{},[O(a.city)])]);c.append(u)}e.body.append(S("div",{class:"network"},[c,S("div",{class:"related"},[S("h3",{},[_("related")]),S("ol",{},r.related.map(a=>S("li",{},[a.city?In(`#/pair/${t}/${a.city.slug}`,O(a.city)):"?",` · ${a.score} ${_("shared")}: `,[...a.sharedOrganizations.map(u=>u.acronym??u.nameEn),...a.sharedPartners.map(O)].join(", ")])))])]))}async function Yi(n){const{search:t}=await ot(He,{text:n,first:20});return t.flatMap(({node:e})=>e.__typename==="City"?[e.slug]:[])[0]??null}function Gi(n,t){let e=0,r;const i=()=>t.replaceChildren();n.addEventListener("input",()=>{clearTimeout(r);const o=n.value.trim();if(!o)return i();r=setTimeout(async()=>{const l=++e;try{const{search:f}=await ot(He,{text:o,first:20});if(l!==e)return;const p=f.flatMap(({node:h})=>h.__typename==="City"?[h]:[]);t.replaceChildren(...p.map(h=>S("li",{role:"option"},[S("a",{href:`#/city/${h.slug}`,class:"hit"},[O({nameEn:h.nameEn,nameKo:h.cityNameKo}),h.cityNameKo?` · ${h.nameEn}`:""])]))),p.length||t.replaceChildren(S("li",{class:"empty"},["—"]))}catch(f){t.replaceChildren(S("li",{class:"error",role:"alert"},[f.message]))}},150)}),t.addEventListener("click",()=>{i(),n.value=""})}function pn(n,t,e,r){return t.length?S("table",{},[S("thead",{},[S("tr",{},n.map(i=>S("th",{},[i])))]),S("tbody",{},t.map(i=>S("tr",r?.(i)??{},e(i).map(o=>S("td",{},[o])))))]):S("p",{class:"empty"},[_("none")])}const ht=n=>n?In(`#/city/${n.slug}`,O(n),{class:"city-link"}):"?";function Ui(n){return n.length?S("details",{class:"sources"},[S("summary",{},[`${n.length} ${_("sources").toLowerCase()}`]),S("ul",{},n.map(t=>S("li",{class:"source"},[t.source?.url?S("a",{href:t.source.url,rel:"noreferrer"},[t.title]):t.title,t.locator?` — ${t.locator}`:"",t.reference?` (${t.reference})`:"",t.source?.year?`, ${t.source.year}`:""])))]):S("span",{class:"no-source"},["—"])}async function Xi(n,t){const e=new un(n,t,"city"),r=await e.load(ce,{slug:t});if(!r)return;const i=r.city;if(!i){e.fail(new Error(`NOT_FOUND: no city "${t}"`));return}const{centrality:o}=i;e.element.querySelector("h2").textContent=`${O(i)} · ${O(i.country)}`;const l=S("form",{class:"path-form"},[S("input",{name:"to",placeholder:_("pathTo"),"aria-label":_("pathTo")}),S("button",{type:"submit"},[_("pathFind")])]);l.addEventListener("submit",async a=>{a.preventDefault();const u=String(new FormData(l).get("to")??"").trim();u&&(location.hash=`#/pair/${i.slug}/${await Yi(u).catch(()=>null)??u}`)}),e.body.append(S("p",{class:"names"},[`${i.nameEn}${i.nameKo?` · ${i.nameKo}`:""} (${i.country?.code??"?"})`]),S("dl",{class:"centrality"},[S("dt",{},[_("degree")]),S("dd",{},[`${o.degree} (${_("rank")} ${o.degreeRank})`]),S("dt",{},[_("betweenness")]),S("dd",{},[`${o.betweenness.toFixed(1)} (${_("rank")} ${o.betweennessRank})`])]),l);const f=(a,u)=>{const g=new un(n,a,u);return g.showQuery(ce,{slug:t}),g},p=f(_("partnersMap"),"partners-map"),h=new Lt(p.body);for(const a of i.agreements){if(!a.partner)continue;const u=Xn[a.kind]??"#555";h.arc(i,a.partner,{stroke:u,"data-kind":a.kind}),h.mark(a.partner,3,`${O(a.partner)} · ${vn(a.kind)}`,{fill:u,class:"partner"})?.addEventListener("click",()=>{location.hash=`#/city/${a.partner.slug}`})}h.mark(i,5,O(i),{class:"home"}),p.body.append(S("ul",{class:"legend"},Object.entries(Xn).map(([a,u])=>S("li",{},[S("span",{class:"swatch",style:`background:${u}`}),vn(a)])))),f(_("agreements"),"agreements").body.append(pn([_("partner"),_("kind"),_("signed"),_("ended"),_("status"),_("sources")],i.agreements,a=>[ht(a.partner),vn(a.kind),a.signedOn??_("undated"),a.endedOn??"",a.status.toLowerCase(),Ui(a.sources)],a=>({"data-kind":a.kind,class:"agreement"}))),f(_("networks"),"networks").body.append(pn([_("networks"),_("role"),_("joined"),_("left")],i.memberships,a=>[a.organization?`${a.organization.acronym??""} ${O(a.organization)}`.trim():"?",a.role.toLowerCase().replaceAll("_"," "),a.joinedYear?.toString()??_("undated"),a.leftYear?.toString()??""]));const s=a=>O({nameEn:a.titleEn??a.title,nameKo:a.titleKo});f(_("policies"),"policies").body.append(S("h3",{},[_("exported")]),pn([_("policies"),_("partner"),"Year"],i.policyExports,a=>[s(a),ht(a.partner),a.year?.toString()??_("undated")]),S("h3",{},[_("received")]),pn([_("policies"),_("partner"),"Year"],i.policyImports,a=>[s(a),ht(a.exporter),a.year?.toString()??_("undated")])),f(_("events"),"events").body.append(pn([_("events"),_("kind"),"Year"],i.hostedEvents,a=>[O({nameEn:a.nameEn??a.name,nameKo:a.nameKo}),a.kind.toLowerCase().replaceAll("_"," "),a.year?.toString()??_("undated")])),f(_("statistics"),"statistics").body.append(pn([_("statistics"),"","",""],i.statistics,a=>[a.metric+(a.dimension?` (${a.dimension})`:""),a.value.toLocaleString(),a.unit,a.asOf??""])),await Promise.all([si(n,i.slug),ji(n,i.slug)])}function ve(n){const t=new Map;for(const r of n.agreements)r.partner&&t.set(r.partner.slug,r.partner);const e=new Map;for(const{organization:r}of n.memberships)r&&e.set(r.slug,{...r,nameEn:r.acronym??r.nameEn});return{partners:t,networks:e}}function we(n,t){return n.length?S("ul",{},n.map(e=>S("li",{},[t?In(`#/city/${e.slug}`,O(e)):O(e)]))):S("p",{class:"empty"},[_("none")])}async function Wi(n,t,e){const r=new un(n,`${t} · ${e}`,"pair"),i=await r.load(ii,{a:t,b:e});if(!i)return;if(!i.a||!i.b){r.fail(new Error(`NOT_FOUND: no city "${i.a?e:t}"`));return}const[o,l]=[ve(i.a),ve(i.b)];r.element.querySelector("h2").textContent=`${O(i.a)} · ${O(i.b)}`;const f=(s,c,a,u)=>S("div",{class:"pair-column","data-side":u},[S("h3",{},[s]),S("h4",{},[_("agreements")]),we(c,!0),S("h4",{},[_("networks")]),we(a,!1)]),p=(s,c)=>[...s.values()].filter(a=>!c.has(a.slug)),h=(s,c)=>[...s.values()].filter(a=>c.has(a.slug));r.body.append(S("div",{class:"pair"},[f(O(i.a),p(o.partners,l.partners),p(o.networks,l.networks),"a"),f(_("shared"),h(o.partners,l.partners),h(o.networks,l.networks),"shared"),f(O(i.b),p(l.partners,o.partners),p(l.networks,o.networks),"b")]))}function Qi(n){const t=n.via;return t?t.__typename==="Agreement"?`${vn(t.kind)}${t.signedOn?` (${t.signedOn})`:""}`:`${t.acronym??t.nameEn}`:"?"}async function Vi(n,t,e){const r=new un(n,`${_("path")}: ${t} → ${e}`,"path"),i=await r.load(oi,{from:t,to:e});if(!i)return;const o=i.path[0];if(!o){r.body.append(S("p",{class:"error",role:"alert"},[_("noPath")]));return}const l=o.steps[0]?.from,f=o.steps.at(-1)?.to;r.element.querySelector("h2").textContent=`${_("path")}: ${O(l)} → ${O(f)} · ${o.hops} ${_(o.hops===1?"step":"steps")}`;const p=new Lt(r.body);p.element.classList.add("path-map");for(const h of o.steps){if(!h.from||!h.to)continue;const s=h.via?.__typename==="Agreement"?Xn[h.via.kind]??"#555":"#333";p.arc(h.from,h.to,{stroke:s,class:"arc path-step"})}for(const h of[l,...o.steps.map(s=>s.to)])h&&p.mark(h,4,O(h),{class:"path-city"});r.body.append(S("ol",{class:"path-steps"},o.steps.map(h=>S("li",{class:"path-step"},[h.from?In(`#/city/${h.from.slug}`,O(h.from)):"?"," → ",h.to?In(`#/city/${h.to.slug}`,O(h.to)):"?",` · ${Qi(h)}`]))))}const pt=500,We=["SISTER","FRIENDSHIP","PARTNERSHIP","TWINNING"],Qe=["AFRICA","ASIA","EUROPE","NORTH_AMERICA","OCEANIA","SOUTH_AMERICA"],Ve=[1950,1960,1970,1980,1990,2e3,2010,2020];function Ji(n){const t=We.find(o=>o===n.kind),e=Qe.find(o=>o===n.continent),r=Ve.find(o=>String(o)===n.decade),i={};return(t||r)&&(i.agreements={some:{...t?{kind:{eq:t}}:{},...r?{signedOn:{gte:String(r),lt:String(r+10)}}:{}}}),e&&(i.country={continent:{eq:e}}),Object.keys(i).length?i:null}async function Zi(n,t){const e=new un(n,_("world"),"world"),r=(a,u,g,y)=>{const d=S("select",{name:a,"aria-label":a},[S("option",{value:""},[u]),...g.map(m=>S("option",{value:m},[y(m)]))]);return d.value=t[a]??"",d.addEventListener("change",()=>{const m=new URLSearchParams({...t,[a]:d.value});for(const[w,v]of[...m])v||m.delete(w);location.hash=`#/${m.size?`?${m}`:""}`}),d},i=S("form",{class:"filters"},[r("kind",_("allKinds"),We,vn),r("continent",_("allContinents"),Qe,a=>a.replaceAll("_"," ").toLowerCase()),r("decade",_("allDecades"),Ve.map(String),a=>`${a}s`)]),o={filter:Ji(t),first:pt,offset:0},l=await e.load(fe,o,"The view asks for the other pages at once with offset 500, 1000…");if(!l)return;const{totalCount:f}=l.citiesConnection,p=S("p",{class:"summary"},[`${f} ${_("worldCities")}`]);e.body.append(i,p);const h=new Lt(e.body),s=a=>{for(const u of a)h.mark(u,1.2+Math.sqrt(u.centrality.degree)*.6,`${O(u)} · ${u.centrality.degree}`,{class:"city","data-slug":u.slug})?.addEventListener("click",()=>{location.hash=`#/city/${u.slug}`})};s(l.citiesConnection.nodes);const c=[];for(let a=pt;a<f;a+=pt)c.push(a);try{const a=await Promise.all(c.map(u=>ot(fe,{...o,offset:u})));for(const u of a)s(u.citiesConnection.nodes);h.element.dataset.complete="true"}catch(a){e.body.prepend(S("p",{class:"error",role:"alert"},[String(a.message)]))}}const no=document.getElementById("view"),Je=document.getElementById("language");async function Ft(){const[n="",t=""]=location.hash.replace(/^#\/?/,"").split("?"),e=n.split("/").filter(Boolean).map(decodeURIComponent),r=S("div",{class:"page"});no.replaceChildren(r),document.body.dataset.view=e[0]??"world",e[0]==="city"&&e[1]?await Xi(r,e[1]):(e[0]==="path"||e[0]==="pair")&&e[1]&&e[2]?await Promise.all([Vi(r,e[1],e[2]),Wi(r,e[1],e[2])]):e.length===0?await Zi(r,Object.fromEntries(new URLSearchParams(t))):r.append(S("p",{class:"error",role:"alert"},[`NOT_FOUND: no view at ${location.hash}`])),r.dataset.ready="true"}function Ze(){Je.textContent=It()==="en"?"한국어":"English"}Je.addEventListener("click",()=>{xe(It()==="en"?"ko":"en"),Ze(),Ft()});xe(It());Ze();Gi(document.getElementById("search"),document.getElementById("search-results"));window.addEventListener("hashchange",()=>{Ft()});Ft();
