function S(n,t={},e=[]){const r=document.createElement(n);for(const[i,o]of Object.entries(t))r.setAttribute(i,o);return _e(r,e),r}function K(n,t={},e=[]){const r=document.createElementNS("http://www.w3.org/2000/svg",n);for(const[i,o]of Object.entries(t))r.setAttribute(i,String(o));return _e(r,e),r}function _e(n,t){for(const e of t)e==null||e===!1||n.append(typeof e=="number"?String(e):e)}function Ln(n,t,e={}){return S("a",{href:n,...e},[t])}const or=localStorage.getItem("paradiplo-language");let qn=or==="ko"?"ko":"en";function Tt(){return qn}function $e(n){qn=n,localStorage.setItem("paradiplo-language",n),document.documentElement.lang=n}const ar={loading:["Loading…","불러오는 중…"],query:["query","쿼리"],openGraphiql:["open in GraphiQL","GraphiQL에서 열기"],world:["World","세계"],worldCities:["cities","도시"],worldLinks:["Agreements between them","도시 간 협정"],zoomIn:["Zoom in on the map (wheel, then drag) to draw the agreements as arcs.","지도를 확대하면(휠, 끌기) 협정이 호로 그려집니다."],allKinds:["every kind","모든 종류"],allContinents:["every continent","모든 대륙"],allDecades:["every decade","모든 연대"],partnersMap:["Partners on the map","지도 위의 협력 도시"],agreements:["Agreements","협정"],partner:["Partner","상대 도시"],kind:["Kind","종류"],signed:["Signed","체결"],ended:["Ended","종료"],status:["Status","상태"],sources:["Sources","출처"],undated:["undated","날짜 미상"],networks:["Networks","네트워크"],role:["Role","역할"],joined:["Joined","가입"],left:["Left","탈퇴"],policies:["Policies","정책"],exported:["Exported","수출"],received:["Received","수입"],events:["Events hosted","개최 행사"],statistics:["Statistics","통계"],centrality:["Centrality","중심성"],degree:["Degree (partners)","연결 정도(협력 도시 수)"],betweenness:["Betweenness","매개 중심성"],rank:["rank","순위"],timeline:["Timeline","연표"],undatedFacts:["Undated, not placed on the chart","날짜 미상, 도표에 넣지 않음"],network:["Network","네트워크 그래프"],related:["Cities sharing the most","가장 많이 공유하는 도시"],shared:["shared","공유"],path:["Path","경로"],pathTo:["Path to, and compare with… (a city)","경로·비교할 도시…"],pathFind:["find","찾기"],noPath:["No chain of at most 4 steps links them.","4단계 이내로 이어지는 경로가 없습니다."],step:["step","단계"],steps:["steps","단계"],none:["None recorded.","기록 없음."],country:["Country","국가"]};function _(n){return ar[n][qn==="en"?0:1]}function T(n){return n?(qn==="ko"?n.nameKo??n.nameEn:n.nameEn??n.nameKo)??"?":"?"}const sr={SISTER:["sister city","자매도시"],FRIENDSHIP:["friendship city","우호도시"],PARTNERSHIP:["partnership","협력 협정"],TWINNING:["twinning","결연"]};function wn(n){const t=sr[n];return t?t[qn==="en"?0:1]:n.toLowerCase().replaceAll("_"," ")}const Tn={SISTER:"#d1495b",FRIENDSHIP:"#edae49",PARTNERSHIP:"#00798c",TWINNING:"#7d5ba6"};function Xn(n,t){return n==null||t==null?NaN:n<t?-1:n>t?1:n>=t?0:NaN}function lr(n,t){return n==null||t==null?NaN:t<n?-1:t>n?1:t>=n?0:NaN}function Ne(n){let t,e,r;n.length!==2?(t=Xn,e=(u,p)=>Xn(n(u),p),r=(u,p)=>n(u)-p):(t=n===Xn||n===lr?n:ur,e=n,r=n);function i(u,p,f=0,s=u.length){if(f<s){if(t(p,p)!==0)return s;do{const c=f+s>>>1;e(u[c],p)<0?f=c+1:s=c}while(f<s)}return f}function o(u,p,f=0,s=u.length){if(f<s){if(t(p,p)!==0)return s;do{const c=f+s>>>1;e(u[c],p)<=0?f=c+1:s=c}while(f<s)}return f}function l(u,p,f=0,s=u.length){const c=i(u,p,f,s-1);return c>f&&r(u[c-1],p)>-r(u[c],p)?c-1:c}return{left:i,center:l,right:o}}function ur(){return 0}function cr(n){return n===null?NaN:+n}Ne(Xn);Ne(cr).center;class un{constructor(){this._partials=new Float64Array(32),this._n=0}add(t){const e=this._partials;let r=0;for(let i=0;i<this._n&&i<32;i++){const o=e[i],l=t+o,u=Math.abs(t)<Math.abs(o)?t-(l-o):o-(l-t);u&&(e[r++]=u),t=l}return e[r]=t,this._n=r+1,this}valueOf(){const t=this._partials;let e=this._n,r,i,o,l=0;if(e>0){for(l=t[--e];e>0&&(r=l,i=t[--e],l=r+i,o=i-(l-r),!o););e>0&&(o<0&&t[e-1]<0||o>0&&t[e-1]>0)&&(i=o*2,r=l+i,i==r-l&&(l=r))}return l}}function*fr(n){for(const t of n)yield*t}function ke(n){return Array.from(fr(n))}function mn(n,t,e){n=+n,t=+t,e=(i=arguments.length)<2?(t=n,n=0,1):i<3?1:+e;for(var r=-1,i=Math.max(0,Math.ceil((t-n)/e))|0,o=new Array(i);++r<i;)o[r]=n+r*e;return o}var R=1e-6,I=Math.PI,Q=I/2,qt=I/4,Z=I*2,rn=180/I,U=I/180,F=Math.abs,hr=Math.atan,On=Math.atan2,D=Math.cos,Bn=Math.ceil,q=Math.sin,pr=Math.sign||function(n){return n>0?1:n<0?-1:0},hn=Math.sqrt;function dr(n){return n>1?0:n<-1?I:Math.acos(n)}function Fn(n){return n>1?Q:n<-1?-Q:Math.asin(n)}function V(){}function Vn(n,t){n&&Ht.hasOwnProperty(n.type)&&Ht[n.type](n,t)}var bt={Feature:function(n,t){Vn(n.geometry,t)},FeatureCollection:function(n,t){for(var e=n.features,r=-1,i=e.length;++r<i;)Vn(e[r].geometry,t)}},Ht={Sphere:function(n,t){t.sphere()},Point:function(n,t){n=n.coordinates,t.point(n[0],n[1],n[2])},MultiPoint:function(n,t){for(var e=n.coordinates,r=-1,i=e.length;++r<i;)n=e[r],t.point(n[0],n[1],n[2])},LineString:function(n,t){gt(n.coordinates,t,0)},MultiLineString:function(n,t){for(var e=n.coordinates,r=-1,i=e.length;++r<i;)gt(e[r],t,0)},Polygon:function(n,t){Bt(n.coordinates,t)},MultiPolygon:function(n,t){for(var e=n.coordinates,r=-1,i=e.length;++r<i;)Bt(e[r],t)},GeometryCollection:function(n,t){for(var e=n.geometries,r=-1,i=e.length;++r<i;)Vn(e[r],t)}};function gt(n,t,e){var r=-1,i=n.length-e,o;for(t.lineStart();++r<i;)o=n[r],t.point(o[0],o[1],o[2]);t.lineEnd()}function Bt(n,t){var e=-1,r=n.length;for(t.polygonStart();++e<r;)gt(n[e],t,1);t.polygonEnd()}function gn(n,t){n&&bt.hasOwnProperty(n.type)?bt[n.type](n,t):Vn(n,t)}function mt(n){return[On(n[1],n[0]),Fn(n[2])]}function En(n){var t=n[0],e=n[1],r=D(e);return[r*D(t),r*q(t),q(e)]}function jn(n,t){return n[0]*t[0]+n[1]*t[1]+n[2]*t[2]}function Zn(n,t){return[n[1]*t[2]-n[2]*t[1],n[2]*t[0]-n[0]*t[2],n[0]*t[1]-n[1]*t[0]]}function lt(n,t){n[0]+=t[0],n[1]+=t[1],n[2]+=t[2]}function Yn(n,t){return[n[0]*t,n[1]*t,n[2]*t]}function yt(n){var t=hn(n[0]*n[0]+n[1]*n[1]+n[2]*n[2]);n[0]/=t,n[1]/=t,n[2]/=t}function vt(n,t){function e(r,i){return r=n(r,i),t(r[0],r[1])}return n.invert&&t.invert&&(e.invert=function(r,i){return r=t.invert(r,i),r&&n.invert(r[0],r[1])}),e}function wt(n,t){return F(n)>I&&(n-=Math.round(n/Z)*Z),[n,t]}wt.invert=wt;function gr(n,t,e){return(n%=Z)?t||e?vt(Yt(n),Gt(t,e)):Yt(n):t||e?Gt(t,e):wt}function jt(n){return function(t,e){return t+=n,F(t)>I&&(t-=Math.round(t/Z)*Z),[t,e]}}function Yt(n){var t=jt(n);return t.invert=jt(-n),t}function Gt(n,t){var e=D(n),r=q(n),i=D(t),o=q(t);function l(u,p){var f=D(p),s=D(u)*f,c=q(u)*f,a=q(p),h=a*e+s*r;return[On(c*i-h*o,s*e-a*r),Fn(h*i+c*o)]}return l.invert=function(u,p){var f=D(p),s=D(u)*f,c=q(u)*f,a=q(p),h=a*i-c*o;return[On(c*i+a*o,s*e+h*r),Fn(h*e-s*r)]},l}function mr(n,t,e,r,i,o){if(e){var l=D(t),u=q(t),p=r*e;i==null?(i=t+r*Z,o=t-p/2):(i=Ut(l,i),o=Ut(l,o),(r>0?i<o:i>o)&&(i+=r*Z));for(var f,s=i;r>0?s>o:s<o;s-=p)f=mt([l,-u*D(s),-u*q(s)]),n.point(f[0],f[1])}}function Ut(n,t){t=En(t),t[0]-=n,yt(t);var e=dr(-t[1]);return((-t[2]<0?-e:e)+Z-R)%Z}function Me(){var n=[],t;return{point:function(e,r,i){t.push([e,r,i])},lineStart:function(){n.push(t=[])},lineEnd:V,rejoin:function(){n.length>1&&n.push(n.pop().concat(n.shift()))},result:function(){var e=n;return n=[],t=null,e}}}function Wn(n,t){return F(n[0]-t[0])<R&&F(n[1]-t[1])<R}function Gn(n,t,e,r){this.x=n,this.z=t,this.o=e,this.e=r,this.v=!1,this.n=this.p=null}function Pe(n,t,e,r,i){var o=[],l=[],u,p;if(n.forEach(function(g){if(!((y=g.length-1)<=0)){var y,d=g[0],m=g[y],w;if(Wn(d,m)){if(!d[2]&&!m[2]){for(i.lineStart(),u=0;u<y;++u)i.point((d=g[u])[0],d[1]);i.lineEnd();return}m[0]+=2*R}o.push(w=new Gn(d,g,null,!0)),l.push(w.o=new Gn(d,null,w,!1)),o.push(w=new Gn(m,g,null,!1)),l.push(w.o=new Gn(m,null,w,!0))}}),!!o.length){for(l.sort(t),Xt(o),Xt(l),u=0,p=l.length;u<p;++u)l[u].e=e=!e;for(var f=o[0],s,c;;){for(var a=f,h=!0;a.v;)if((a=a.n)===f)return;s=a.z,i.lineStart();do{if(a.v=a.o.v=!0,a.e){if(h)for(u=0,p=s.length;u<p;++u)i.point((c=s[u])[0],c[1]);else r(a.x,a.n.x,1,i);a=a.n}else{if(h)for(s=a.p.z,u=s.length-1;u>=0;--u)i.point((c=s[u])[0],c[1]);else r(a.x,a.p.x,-1,i);a=a.p}a=a.o,s=a.z,h=!h}while(!a.v);i.lineEnd()}}}function Xt(n){if(t=n.length){for(var t,e=0,r=n[0],i;++e<t;)r.n=i=n[e],i.p=r,r=i;r.n=i=n[0],i.p=r}}function ut(n){return F(n[0])<=I?n[0]:pr(n[0])*((F(n[0])+I)%Z-I)}function yr(n,t){var e=ut(t),r=t[1],i=q(r),o=[q(e),-D(e),0],l=0,u=0,p=new un;i===1?r=Q+R:i===-1&&(r=-Q-R);for(var f=0,s=n.length;f<s;++f)if(a=(c=n[f]).length)for(var c,a,h=c[a-1],g=ut(h),y=h[1]/2+qt,d=q(y),m=D(y),w=0;w<a;++w,g=E,d=N,m=M,h=v){var v=c[w],E=ut(v),$=v[1]/2+qt,N=q($),M=D($),P=E-g,C=P>=0?1:-1,L=C*P,k=L>I,Y=d*N;if(p.add(On(Y*C*q(L),m*M+Y*D(L))),l+=k?P+C*Z:P,k^g>=e^E>=e){var z=Zn(En(h),En(v));yt(z);var O=Zn(o,z);yt(O);var x=(k^P>=0?-1:1)*Fn(O[2]);(r>x||r===x&&(z[0]||z[1]))&&(u+=k^P>=0?1:-1)}}return(l<-R||l<R&&p<-1e-12)^u&1}function Ce(n,t,e,r){return function(i){var o=t(i),l=Me(),u=t(l),p=!1,f,s,c,a={point:h,lineStart:y,lineEnd:d,polygonStart:function(){a.point=m,a.lineStart=w,a.lineEnd=v,s=[],f=[]},polygonEnd:function(){a.point=h,a.lineStart=y,a.lineEnd=d,s=ke(s);var E=yr(f,r);s.length?(p||(i.polygonStart(),p=!0),Pe(s,wr,E,e,i)):E&&(p||(i.polygonStart(),p=!0),i.lineStart(),e(null,null,1,i),i.lineEnd()),p&&(i.polygonEnd(),p=!1),s=f=null},sphere:function(){i.polygonStart(),i.lineStart(),e(null,null,1,i),i.lineEnd(),i.polygonEnd()}};function h(E,$){n(E,$)&&i.point(E,$)}function g(E,$){o.point(E,$)}function y(){a.point=g,o.lineStart()}function d(){a.point=h,o.lineEnd()}function m(E,$){c.push([E,$]),u.point(E,$)}function w(){u.lineStart(),c=[]}function v(){m(c[0][0],c[0][1]),u.lineEnd();var E=u.clean(),$=l.result(),N,M=$.length,P,C,L;if(c.pop(),f.push(c),c=null,!!M){if(E&1){if(C=$[0],(P=C.length-1)>0){for(p||(i.polygonStart(),p=!0),i.lineStart(),N=0;N<P;++N)i.point((L=C[N])[0],L[1]);i.lineEnd()}return}M>1&&E&2&&$.push($.pop().concat($.shift())),s.push($.filter(vr))}}return a}}function vr(n){return n.length>1}function wr(n,t){return((n=n.x)[0]<0?n[1]-Q-R:Q-n[1])-((t=t.x)[0]<0?t[1]-Q-R:Q-t[1])}var Wt=Ce(function(){return!0},Er,Sr,[-I,-Q]);function Er(n){var t=NaN,e=NaN,r=NaN,i;return{lineStart:function(){n.lineStart(),i=1},point:function(o,l){var u=o>0?I:-I,p=F(o-t);F(p-I)<R?(n.point(t,e=(e+l)/2>0?Q:-Q),n.point(r,e),n.lineEnd(),n.lineStart(),n.point(u,e),n.point(o,e),i=0):r!==u&&p>=I&&(F(t-r)<R&&(t-=r*R),F(o-u)<R&&(o-=u*R),e=xr(t,e,o,l),n.point(r,e),n.lineEnd(),n.lineStart(),n.point(u,e),i=0),n.point(t=o,e=l),r=u},lineEnd:function(){n.lineEnd(),t=e=NaN},clean:function(){return 2-i}}}function xr(n,t,e,r){var i,o,l=q(n-e);return F(l)>R?hr((q(t)*(o=D(r))*q(e)-q(r)*(i=D(t))*q(n))/(i*o*l)):(t+r)/2}function Sr(n,t,e,r){var i;if(n==null)i=e*Q,r.point(-I,i),r.point(0,i),r.point(I,i),r.point(I,0),r.point(I,-i),r.point(0,-i),r.point(-I,-i),r.point(-I,0),r.point(-I,i);else if(F(n[0]-t[0])>R){var o=n[0]<t[0]?I:-I;i=e*o/2,r.point(-o,i),r.point(0,i),r.point(o,i)}else r.point(t[0],t[1])}function _r(n){var t=D(n),e=2*U,r=t>0,i=F(t)>R;function o(s,c,a,h){mr(h,n,e,a,s,c)}function l(s,c){return D(s)*D(c)>t}function u(s){var c,a,h,g,y;return{lineStart:function(){g=h=!1,y=1},point:function(d,m){var w=[d,m],v,E=l(d,m),$=r?E?0:f(d,m):E?f(d+(d<0?I:-I),m):0;if(!c&&(g=h=E)&&s.lineStart(),E!==h&&(v=p(c,w),(!v||Wn(c,v)||Wn(w,v))&&(w[2]=1)),E!==h)y=0,E?(s.lineStart(),v=p(w,c),s.point(v[0],v[1])):(v=p(c,w),s.point(v[0],v[1],2),s.lineEnd()),c=v;else if(i&&c&&r^E){var N;!($&a)&&(N=p(w,c,!0))&&(y=0,r?(s.lineStart(),s.point(N[0][0],N[0][1]),s.point(N[1][0],N[1][1]),s.lineEnd()):(s.point(N[1][0],N[1][1]),s.lineEnd(),s.lineStart(),s.point(N[0][0],N[0][1],3)))}E&&(!c||!Wn(c,w))&&s.point(w[0],w[1]),c=w,h=E,a=$},lineEnd:function(){h&&s.lineEnd(),c=null},clean:function(){return y|(g&&h)<<1}}}function p(s,c,a){var h=En(s),g=En(c),y=[1,0,0],d=Zn(h,g),m=jn(d,d),w=d[0],v=m-w*w;if(!v)return!a&&s;var E=t*m/v,$=-t*w/v,N=Zn(y,d),M=Yn(y,E),P=Yn(d,$);lt(M,P);var C=N,L=jn(M,C),k=jn(C,C),Y=L*L-k*(jn(M,M)-1);if(!(Y<0)){var z=hn(Y),O=Yn(C,(-L-z)/k);if(lt(O,M),O=mt(O),!a)return O;var x=s[0],A=c[0],H=s[1],G=c[1],X;A<x&&(X=x,x=A,A=X);var _n=A-x,tn=F(_n-I)<R,ln=tn||_n<R;if(!tn&&G<H&&(X=H,H=G,G=X),ln?tn?H+G>0^O[1]<(F(O[0]-x)<R?H:G):H<=O[1]&&O[1]<=G:_n>I^(x<=O[0]&&O[0]<=A)){var en=Yn(C,(-L+z)/k);return lt(en,M),[O,mt(en)]}}}function f(s,c){var a=r?n:I-n,h=0;return s<-a?h|=1:s>a&&(h|=2),c<-a?h|=4:c>a&&(h|=8),h}return Ce(l,u,o,r?[0,-n]:[-I,n-I])}function $r(n,t,e,r,i,o){var l=n[0],u=n[1],p=t[0],f=t[1],s=0,c=1,a=p-l,h=f-u,g;if(g=e-l,!(!a&&g>0)){if(g/=a,a<0){if(g<s)return;g<c&&(c=g)}else if(a>0){if(g>c)return;g>s&&(s=g)}if(g=i-l,!(!a&&g<0)){if(g/=a,a<0){if(g>c)return;g>s&&(s=g)}else if(a>0){if(g<s)return;g<c&&(c=g)}if(g=r-u,!(!h&&g>0)){if(g/=h,h<0){if(g<s)return;g<c&&(c=g)}else if(h>0){if(g>c)return;g>s&&(s=g)}if(g=o-u,!(!h&&g<0)){if(g/=h,h<0){if(g>c)return;g>s&&(s=g)}else if(h>0){if(g<s)return;g<c&&(c=g)}return s>0&&(n[0]=l+s*a,n[1]=u+s*h),c<1&&(t[0]=l+c*a,t[1]=u+c*h),!0}}}}}var Nn=1e9,Un=-Nn;function Nr(n,t,e,r){function i(f,s){return n<=f&&f<=e&&t<=s&&s<=r}function o(f,s,c,a){var h=0,g=0;if(f==null||(h=l(f,c))!==(g=l(s,c))||p(f,s)<0^c>0)do a.point(h===0||h===3?n:e,h>1?r:t);while((h=(h+c+4)%4)!==g);else a.point(s[0],s[1])}function l(f,s){return F(f[0]-n)<R?s>0?0:3:F(f[0]-e)<R?s>0?2:1:F(f[1]-t)<R?s>0?1:0:s>0?3:2}function u(f,s){return p(f.x,s.x)}function p(f,s){var c=l(f,1),a=l(s,1);return c!==a?c-a:c===0?s[1]-f[1]:c===1?f[0]-s[0]:c===2?f[1]-s[1]:s[0]-f[0]}return function(f){var s=f,c=Me(),a,h,g,y,d,m,w,v,E,$,N,M={point:P,lineStart:Y,lineEnd:z,polygonStart:L,polygonEnd:k};function P(x,A){i(x,A)&&s.point(x,A)}function C(){for(var x=0,A=0,H=h.length;A<H;++A)for(var G=h[A],X=1,_n=G.length,tn=G[0],ln,en,Hn=tn[0],pn=tn[1];X<_n;++X)ln=Hn,en=pn,tn=G[X],Hn=tn[0],pn=tn[1],en<=r?pn>r&&(Hn-ln)*(r-en)>(pn-en)*(n-ln)&&++x:pn<=r&&(Hn-ln)*(r-en)<(pn-en)*(n-ln)&&--x;return x}function L(){s=c,a=[],h=[],N=!0}function k(){var x=C(),A=N&&x,H=(a=ke(a)).length;(A||H)&&(f.polygonStart(),A&&(f.lineStart(),o(null,null,1,f),f.lineEnd()),H&&Pe(a,u,x,o,f),f.polygonEnd()),s=f,a=h=g=null}function Y(){M.point=O,h&&h.push(g=[]),$=!0,E=!1,w=v=NaN}function z(){a&&(O(y,d),m&&E&&c.rejoin(),a.push(c.result())),M.point=P,E&&s.lineEnd()}function O(x,A){var H=i(x,A);if(h&&g.push([x,A]),$)y=x,d=A,m=H,$=!1,H&&(s.lineStart(),s.point(x,A));else if(H&&E)s.point(x,A);else{var G=[w=Math.max(Un,Math.min(Nn,w)),v=Math.max(Un,Math.min(Nn,v))],X=[x=Math.max(Un,Math.min(Nn,x)),A=Math.max(Un,Math.min(Nn,A))];$r(G,X,n,t,e,r)?(E||(s.lineStart(),s.point(G[0],G[1])),s.point(X[0],X[1]),H||s.lineEnd(),N=!1):H&&(s.lineStart(),s.point(x,A),N=!1)}w=x,v=A,E=H}return M}}function Qt(n,t,e){var r=mn(n,t-R,e).concat(t);return function(i){return r.map(function(o){return[i,o]})}}function Vt(n,t,e){var r=mn(n,t-R,e).concat(t);return function(i){return r.map(function(o){return[o,i]})}}function kr(){var n,t,e,r,i,o,l,u,p=10,f=p,s=90,c=360,a,h,g,y,d=2.5;function m(){return{type:"MultiLineString",coordinates:w()}}function w(){return mn(Bn(r/s)*s,e,s).map(g).concat(mn(Bn(u/c)*c,l,c).map(y)).concat(mn(Bn(t/p)*p,n,p).filter(function(v){return F(v%s)>R}).map(a)).concat(mn(Bn(o/f)*f,i,f).filter(function(v){return F(v%c)>R}).map(h))}return m.lines=function(){return w().map(function(v){return{type:"LineString",coordinates:v}})},m.outline=function(){return{type:"Polygon",coordinates:[g(r).concat(y(l).slice(1),g(e).reverse().slice(1),y(u).reverse().slice(1))]}},m.extent=function(v){return arguments.length?m.extentMajor(v).extentMinor(v):m.extentMinor()},m.extentMajor=function(v){return arguments.length?(r=+v[0][0],e=+v[1][0],u=+v[0][1],l=+v[1][1],r>e&&(v=r,r=e,e=v),u>l&&(v=u,u=l,l=v),m.precision(d)):[[r,u],[e,l]]},m.extentMinor=function(v){return arguments.length?(t=+v[0][0],n=+v[1][0],o=+v[0][1],i=+v[1][1],t>n&&(v=t,t=n,n=v),o>i&&(v=o,o=i,i=v),m.precision(d)):[[t,o],[n,i]]},m.step=function(v){return arguments.length?m.stepMajor(v).stepMinor(v):m.stepMinor()},m.stepMajor=function(v){return arguments.length?(s=+v[0],c=+v[1],m):[s,c]},m.stepMinor=function(v){return arguments.length?(p=+v[0],f=+v[1],m):[p,f]},m.precision=function(v){return arguments.length?(d=+v,a=Qt(o,i,90),h=Vt(t,n,d),g=Qt(u,l,90),y=Vt(r,e,d),m):d},m.extentMajor([[-180,-90+R],[180,90-R]]).extentMinor([[-180,-80-R],[180,80+R]])}function Mr(){return kr()()}var Et=n=>n,ct=new un,xt=new un,Ae,Re,St,_t,on={point:V,lineStart:V,lineEnd:V,polygonStart:function(){on.lineStart=Pr,on.lineEnd=Ar},polygonEnd:function(){on.lineStart=on.lineEnd=on.point=V,ct.add(F(xt)),xt=new un},result:function(){var n=ct/2;return ct=new un,n}};function Pr(){on.point=Cr}function Cr(n,t){on.point=Ie,Ae=St=n,Re=_t=t}function Ie(n,t){xt.add(_t*n-St*t),St=n,_t=t}function Ar(){Ie(Ae,Re)}var xn=1/0,Jn=xn,Kn=-xn,nt=Kn,tt={point:Rr,lineStart:V,lineEnd:V,polygonStart:V,polygonEnd:V,result:function(){var n=[[xn,Jn],[Kn,nt]];return Kn=nt=-(Jn=xn=1/0),n}};function Rr(n,t){n<xn&&(xn=n),n>Kn&&(Kn=n),t<Jn&&(Jn=t),t>nt&&(nt=t)}var $t=0,Nt=0,kn=0,et=0,rt=0,yn=0,kt=0,Mt=0,Mn=0,Le,Te,J,nn,W={point:cn,lineStart:Zt,lineEnd:Jt,polygonStart:function(){W.lineStart=Tr,W.lineEnd=Or},polygonEnd:function(){W.point=cn,W.lineStart=Zt,W.lineEnd=Jt},result:function(){var n=Mn?[kt/Mn,Mt/Mn]:yn?[et/yn,rt/yn]:kn?[$t/kn,Nt/kn]:[NaN,NaN];return $t=Nt=kn=et=rt=yn=kt=Mt=Mn=0,n}};function cn(n,t){$t+=n,Nt+=t,++kn}function Zt(){W.point=Ir}function Ir(n,t){W.point=Lr,cn(J=n,nn=t)}function Lr(n,t){var e=n-J,r=t-nn,i=hn(e*e+r*r);et+=i*(J+n)/2,rt+=i*(nn+t)/2,yn+=i,cn(J=n,nn=t)}function Jt(){W.point=cn}function Tr(){W.point=Fr}function Or(){Oe(Le,Te)}function Fr(n,t){W.point=Oe,cn(Le=J=n,Te=nn=t)}function Oe(n,t){var e=n-J,r=t-nn,i=hn(e*e+r*r);et+=i*(J+n)/2,rt+=i*(nn+t)/2,yn+=i,i=nn*n-J*t,kt+=i*(J+n),Mt+=i*(nn+t),Mn+=i*3,cn(J=n,nn=t)}function Fe(n){this._context=n}Fe.prototype={_radius:4.5,pointRadius:function(n){return this._radius=n,this},polygonStart:function(){this._line=0},polygonEnd:function(){this._line=NaN},lineStart:function(){this._point=0},lineEnd:function(){this._line===0&&this._context.closePath(),this._point=NaN},point:function(n,t){switch(this._point){case 0:{this._context.moveTo(n,t),this._point=1;break}case 1:{this._context.lineTo(n,t);break}default:{this._context.moveTo(n+this._radius,t),this._context.arc(n,t,this._radius,0,Z);break}}},result:V};var Pt=new un,ft,Ke,ze,Pn,Cn,zn={point:V,lineStart:function(){zn.point=Kr},lineEnd:function(){ft&&De(Ke,ze),zn.point=V},polygonStart:function(){ft=!0},polygonEnd:function(){ft=null},result:function(){var n=+Pt;return Pt=new un,n}};function Kr(n,t){zn.point=De,Ke=Pn=n,ze=Cn=t}function De(n,t){Pn-=n,Cn-=t,Pt.add(hn(Pn*Pn+Cn*Cn)),Pn=n,Cn=t}let ne,it,te,ee;class re{constructor(t){this._append=t==null?qe:zr(t),this._radius=4.5,this._=""}pointRadius(t){return this._radius=+t,this}polygonStart(){this._line=0}polygonEnd(){this._line=NaN}lineStart(){this._point=0}lineEnd(){this._line===0&&(this._+="Z"),this._point=NaN}point(t,e){switch(this._point){case 0:{this._append`M${t},${e}`,this._point=1;break}case 1:{this._append`L${t},${e}`;break}default:{if(this._append`M${t},${e}`,this._radius!==te||this._append!==it){const r=this._radius,i=this._;this._="",this._append`m0,${r}a${r},${r} 0 1,1 0,${-2*r}a${r},${r} 0 1,1 0,${2*r}z`,te=r,it=this._append,ee=this._,this._=i}this._+=ee;break}}}result(){const t=this._;return this._="",t.length?t:null}}function qe(n){let t=1;this._+=n[0];for(const e=n.length;t<e;++t)this._+=arguments[t]+n[t]}function zr(n){const t=Math.floor(n);if(!(t>=0))throw new RangeError(`invalid digits: ${n}`);if(t>15)return qe;if(t!==ne){const e=10**t;ne=t,it=function(i){let o=1;this._+=i[0];for(const l=i.length;o<l;++o)this._+=Math.round(arguments[o]*e)/e+i[o]}}return it}function Dr(n,t){let e=3,r=4.5,i,o;function l(u){return u&&(typeof r=="function"&&o.pointRadius(+r.apply(this,arguments)),gn(u,i(o))),o.result()}return l.area=function(u){return gn(u,i(on)),on.result()},l.measure=function(u){return gn(u,i(zn)),zn.result()},l.bounds=function(u){return gn(u,i(tt)),tt.result()},l.centroid=function(u){return gn(u,i(W)),W.result()},l.projection=function(u){return arguments.length?(i=u==null?(n=null,Et):(n=u).stream,l):n},l.context=function(u){return arguments.length?(o=u==null?(t=null,new re(e)):new Fe(t=u),typeof r!="function"&&o.pointRadius(r),l):t},l.pointRadius=function(u){return arguments.length?(r=typeof u=="function"?u:(o.pointRadius(+u),+u),l):r},l.digits=function(u){if(!arguments.length)return e;if(u==null)e=null;else{const p=Math.floor(u);if(!(p>=0))throw new RangeError(`invalid digits: ${u}`);e=p}return t===null&&(o=new re(e)),l},l.projection(n).digits(e).context(t)}function Ot(n){return function(t){var e=new Ct;for(var r in n)e[r]=n[r];return e.stream=t,e}}function Ct(){}Ct.prototype={constructor:Ct,point:function(n,t){this.stream.point(n,t)},sphere:function(){this.stream.sphere()},lineStart:function(){this.stream.lineStart()},lineEnd:function(){this.stream.lineEnd()},polygonStart:function(){this.stream.polygonStart()},polygonEnd:function(){this.stream.polygonEnd()}};function Ft(n,t,e){var r=n.clipExtent&&n.clipExtent();return n.scale(150).translate([0,0]),r!=null&&n.clipExtent(null),gn(e,n.stream(tt)),t(tt.result()),r!=null&&n.clipExtent(r),n}function be(n,t,e){return Ft(n,function(r){var i=t[1][0]-t[0][0],o=t[1][1]-t[0][1],l=Math.min(i/(r[1][0]-r[0][0]),o/(r[1][1]-r[0][1])),u=+t[0][0]+(i-l*(r[1][0]+r[0][0]))/2,p=+t[0][1]+(o-l*(r[1][1]+r[0][1]))/2;n.scale(150*l).translate([u,p])},e)}function qr(n,t,e){return be(n,[[0,0],t],e)}function br(n,t,e){return Ft(n,function(r){var i=+t,o=i/(r[1][0]-r[0][0]),l=(i-o*(r[1][0]+r[0][0]))/2,u=-o*r[0][1];n.scale(150*o).translate([l,u])},e)}function Hr(n,t,e){return Ft(n,function(r){var i=+t,o=i/(r[1][1]-r[0][1]),l=-o*r[0][0],u=(i-o*(r[1][1]+r[0][1]))/2;n.scale(150*o).translate([l,u])},e)}var ie=16,Br=D(30*U);function oe(n,t){return+t?Yr(n,t):jr(n)}function jr(n){return Ot({point:function(t,e){t=n(t,e),this.stream.point(t[0],t[1])}})}function Yr(n,t){function e(r,i,o,l,u,p,f,s,c,a,h,g,y,d){var m=f-r,w=s-i,v=m*m+w*w;if(v>4*t&&y--){var E=l+a,$=u+h,N=p+g,M=hn(E*E+$*$+N*N),P=Fn(N/=M),C=F(F(N)-1)<R||F(o-c)<R?(o+c)/2:On($,E),L=n(C,P),k=L[0],Y=L[1],z=k-r,O=Y-i,x=w*z-m*O;(x*x/v>t||F((m*z+w*O)/v-.5)>.3||l*a+u*h+p*g<Br)&&(e(r,i,o,l,u,p,k,Y,C,E/=M,$/=M,N,y,d),d.point(k,Y),e(k,Y,C,E,$,N,f,s,c,a,h,g,y,d))}}return function(r){var i,o,l,u,p,f,s,c,a,h,g,y,d={point:m,lineStart:w,lineEnd:E,polygonStart:function(){r.polygonStart(),d.lineStart=$},polygonEnd:function(){r.polygonEnd(),d.lineStart=w}};function m(P,C){P=n(P,C),r.point(P[0],P[1])}function w(){c=NaN,d.point=v,r.lineStart()}function v(P,C){var L=En([P,C]),k=n(P,C);e(c,a,s,h,g,y,c=k[0],a=k[1],s=P,h=L[0],g=L[1],y=L[2],ie,r),r.point(c,a)}function E(){d.point=m,r.lineEnd()}function $(){w(),d.point=N,d.lineEnd=M}function N(P,C){v(i=P,C),o=c,l=a,u=h,p=g,f=y,d.point=v}function M(){e(c,a,s,h,g,y,o,l,i,u,p,f,ie,r),d.lineEnd=E,E()}return d}}var Gr=Ot({point:function(n,t){this.stream.point(n*U,t*U)}});function Ur(n){return Ot({point:function(t,e){var r=n(t,e);return this.stream.point(r[0],r[1])}})}function Xr(n,t,e,r,i){function o(l,u){return l*=r,u*=i,[t+n*l,e-n*u]}return o.invert=function(l,u){return[(l-t)/n*r,(e-u)/n*i]},o}function ae(n,t,e,r,i,o){if(!o)return Xr(n,t,e,r,i);var l=D(o),u=q(o),p=l*n,f=u*n,s=l/n,c=u/n,a=(u*e-l*t)/n,h=(u*t+l*e)/n;function g(y,d){return y*=r,d*=i,[p*y-f*d+t,e-f*y-p*d]}return g.invert=function(y,d){return[r*(s*y-c*d+a),i*(h-c*y-s*d)]},g}function Wr(n){return Qr(function(){return n})()}function Qr(n){var t,e=150,r=480,i=250,o=0,l=0,u=0,p=0,f=0,s,c=0,a=1,h=1,g=null,y=Wt,d=null,m,w,v,E=Et,$=.5,N,M,P,C,L;function k(x){return P(x[0]*U,x[1]*U)}function Y(x){return x=P.invert(x[0],x[1]),x&&[x[0]*rn,x[1]*rn]}k.stream=function(x){return C&&L===x?C:C=Gr(Ur(s)(y(N(E(L=x)))))},k.preclip=function(x){return arguments.length?(y=x,g=void 0,O()):y},k.postclip=function(x){return arguments.length?(E=x,d=m=w=v=null,O()):E},k.clipAngle=function(x){return arguments.length?(y=+x?_r(g=x*U):(g=null,Wt),O()):g*rn},k.clipExtent=function(x){return arguments.length?(E=x==null?(d=m=w=v=null,Et):Nr(d=+x[0][0],m=+x[0][1],w=+x[1][0],v=+x[1][1]),O()):d==null?null:[[d,m],[w,v]]},k.scale=function(x){return arguments.length?(e=+x,z()):e},k.translate=function(x){return arguments.length?(r=+x[0],i=+x[1],z()):[r,i]},k.center=function(x){return arguments.length?(o=x[0]%360*U,l=x[1]%360*U,z()):[o*rn,l*rn]},k.rotate=function(x){return arguments.length?(u=x[0]%360*U,p=x[1]%360*U,f=x.length>2?x[2]%360*U:0,z()):[u*rn,p*rn,f*rn]},k.angle=function(x){return arguments.length?(c=x%360*U,z()):c*rn},k.reflectX=function(x){return arguments.length?(a=x?-1:1,z()):a<0},k.reflectY=function(x){return arguments.length?(h=x?-1:1,z()):h<0},k.precision=function(x){return arguments.length?(N=oe(M,$=x*x),O()):hn($)},k.fitExtent=function(x,A){return be(k,x,A)},k.fitSize=function(x,A){return qr(k,x,A)},k.fitWidth=function(x,A){return br(k,x,A)},k.fitHeight=function(x,A){return Hr(k,x,A)};function z(){var x=ae(e,0,0,a,h,c).apply(null,t(o,l)),A=ae(e,r-x[0],i-x[1],a,h,c);return s=gr(u,p,f),M=vt(t,A),P=vt(s,M),N=oe(M,$),O()}function O(){return C=L=null,k}return function(){return t=n.apply(this,arguments),k.invert=t.invert&&Y,z()}}function se(n,t){return[n,t]}se.invert=se;function He(n,t){var e=t*t,r=e*e;return[n*(.8707-.131979*e+r*(-.013791+r*(.003971*e-.001529*r))),t*(1.007226+e*(.015085+r*(-.044475+.028874*e-.005916*r)))]}He.invert=function(n,t){var e=t,r=25,i;do{var o=e*e,l=o*o;e-=i=(e*(1.007226+o*(.015085+l*(-.044475+.028874*o-.005916*l)))-t)/(1.007226+o*(.015085*3+l*(-.044475*7+.028874*9*o-.005916*11*l)))}while(F(i)>R&&--r>0);return[n/(.8707+(o=e*e)*(-.131979+o*(-.013791+o*o*o*(.003971-.001529*o)))),e]};function Vr(){return Wr(He).scale(175.295)}function Zr(n){return n}function Jr(n){if(n==null)return Zr;var t,e,r=n.scale[0],i=n.scale[1],o=n.translate[0],l=n.translate[1];return function(u,p){p||(t=e=0);var f=2,s=u.length,c=new Array(s);for(c[0]=(t+=u[0])*r+o,c[1]=(e+=u[1])*i+l;f<s;)c[f]=u[f],++f;return c}}function ni(n,t){for(var e,r=n.length,i=r-t;i<--r;)e=n[i],n[i++]=n[r],n[r]=e}function ti(n,t){return typeof t=="string"&&(t=n.objects[t]),t.type==="GeometryCollection"?{type:"FeatureCollection",features:t.geometries.map(function(e){return le(n,e)})}:le(n,t)}function le(n,t){var e=t.id,r=t.bbox,i=t.properties==null?{}:t.properties,o=Be(n,t);return e==null&&r==null?{type:"Feature",properties:i,geometry:o}:r==null?{type:"Feature",id:e,properties:i,geometry:o}:{type:"Feature",id:e,bbox:r,properties:i,geometry:o}}function Be(n,t){var e=Jr(n.transform),r=n.arcs;function i(s,c){c.length&&c.pop();for(var a=r[s<0?~s:s],h=0,g=a.length;h<g;++h)c.push(e(a[h],h));s<0&&ni(c,g)}function o(s){return e(s)}function l(s){for(var c=[],a=0,h=s.length;a<h;++a)i(s[a],c);return c.length<2&&c.push(c[0]),c}function u(s){for(var c=l(s);c.length<4;)c.push(c[0]);return c}function p(s){return s.map(u)}function f(s){var c=s.type,a;switch(c){case"GeometryCollection":return{type:c,geometries:s.geometries.map(f)};case"Point":a=o(s.coordinates);break;case"MultiPoint":a=s.coordinates.map(o);break;case"LineString":a=l(s.arcs);break;case"MultiLineString":a=s.arcs.map(l);break;case"Polygon":a=p(s.arcs);break;case"MultiPolygon":a=s.arcs.map(p);break;default:return null}return{type:c,coordinates:a}}return f(t)}function ei(n,t){var e={},r={},i={},o=[],l=-1;t.forEach(function(f,s){var c=n.arcs[f<0?~f:f],a;c.length<3&&!c[1][0]&&!c[1][1]&&(a=t[++l],t[l]=f,t[s]=a)}),t.forEach(function(f){var s=u(f),c=s[0],a=s[1],h,g;if(h=i[c])if(delete i[h.end],h.push(f),h.end=a,g=r[a]){delete r[g.start];var y=g===h?h:h.concat(g);r[y.start=h.start]=i[y.end=g.end]=y}else r[h.start]=i[h.end]=h;else if(h=r[a])if(delete r[h.start],h.unshift(f),h.start=c,g=i[c]){delete i[g.end];var d=g===h?h:g.concat(h);r[d.start=g.start]=i[d.end=h.end]=d}else r[h.start]=i[h.end]=h;else h=[f],r[h.start=c]=i[h.end=a]=h});function u(f){var s=n.arcs[f<0?~f:f],c=s[0],a;return n.transform?(a=[0,0],s.forEach(function(h){a[0]+=h[0],a[1]+=h[1]})):a=s[s.length-1],f<0?[a,c]:[c,a]}function p(f,s){for(var c in f){var a=f[c];delete s[a.start],delete a.start,delete a.end,a.forEach(function(h){e[h<0?~h:h]=1}),o.push(a)}}return p(i,r),p(r,i),t.forEach(function(f){e[f<0?~f:f]||o.push([f])}),o}function ri(n){return Be(n,ii.apply(this,arguments))}function ii(n,t,e){var r,i,o;if(arguments.length>1)r=oi(n,t,e);else for(i=0,r=new Array(o=n.arcs.length);i<o;++i)r[i]=i;return{type:"MultiLineString",arcs:ei(n,r)}}function oi(n,t,e){var r=[],i=[],o;function l(c){var a=c<0?~c:c;(i[a]||(i[a]=[])).push({i:c,g:o})}function u(c){c.forEach(l)}function p(c){c.forEach(u)}function f(c){c.forEach(p)}function s(c){switch(o=c,c.type){case"GeometryCollection":c.geometries.forEach(s);break;case"LineString":u(c.arcs);break;case"MultiLineString":case"Polygon":p(c.arcs);break;case"MultiPolygon":f(c.arcs);break}}return s(t),i.forEach(e==null?function(c){r.push(c[0].i)}:function(c){e(c[0].g,c[c.length-1].g)&&r.push(c[0].i)}),r}const ai="/explore/assets/countries-110m-B3KlhDC_.json",ht=960,ue=500;let ce;class Kt{element;arcs=K("g",{class:"arcs"});marks=K("g",{class:"marks"});view=K("g",{class:"view"});radii=[];projection=Vr().fitSize([ht,ue],{type:"Sphere"});path=Dr(this.projection);constructor(t){this.element=K("svg",{class:"world-map",viewBox:`0 0 ${ht} ${ue}`,role:"img"},[this.view]);const e=K("g",{class:"land"});this.view.append(K("path",{class:"sphere",d:this.path({type:"Sphere"})??""}),K("path",{class:"graticule",d:this.path(Mr())??""}),e,this.arcs,this.marks),t.append(this.element),ce??=fetch(ai).then(r=>r.json()),ce.then(r=>{e.append(K("path",{class:"countries",d:this.path(ti(r,r.objects.countries))??""}),K("path",{class:"borders",d:this.path(ri(r,r.objects.countries,(i,o)=>i!==o))??""}))})}point(t){return t.latitude==null||t.longitude==null?null:this.projection([t.longitude,t.latitude])}mark(t,e,r,i={}){const o=this.point(t);if(!o)return null;const l=K("circle",{cx:o[0].toFixed(1),cy:o[1].toFixed(1),r:e.toFixed(2),...i},[K("title",{},[r])]);return this.marks.append(l),this.radii.push([l,e]),l}zoomable(t){let e=1,r=0,i=0;const o=()=>{this.view.setAttribute("transform",`translate(${r.toFixed(1)} ${i.toFixed(1)}) scale(${e.toFixed(3)})`);for(const[p,f]of this.radii)p.setAttribute("r",(f/e).toFixed(3));t(e)},l=()=>ht/this.element.getBoundingClientRect().width;this.element.addEventListener("wheel",p=>{p.preventDefault();const f=this.element.getBoundingClientRect(),s=(p.clientX-f.left)*l(),c=(p.clientY-f.top)*l(),a=Math.min(40,Math.max(1,e*Math.exp(-p.deltaY*.002)));r=s-(s-r)*a/e,i=c-(c-i)*a/e,e=a,e===1&&(r=i=0),o()},{passive:!1});let u=null;this.element.addEventListener("pointerdown",p=>{u={x:p.clientX,y:p.clientY}}),this.element.addEventListener("pointermove",p=>{!u||e===1||(r+=(p.clientX-u.x)*l(),i+=(p.clientY-u.y)*l(),u={x:p.clientX,y:p.clientY},o())});for(const p of["pointerup","pointerleave"])this.element.addEventListener(p,()=>{u=null})}arc(t,e,r={}){if(t.latitude==null||t.longitude==null||e.latitude==null||e.longitude==null)return null;const i={type:"LineString",coordinates:[[t.longitude,t.latitude],[e.longitude,e.latitude]]},o=K("path",{class:"arc",d:this.path(i)??"",...r});return this.arcs.append(o),o}}class fe extends Error{constructor(t){super(t.map(e=>`${e.extensions?.code??"ERROR"}: ${e.message}`).join("; ")),this.errors=t}errors}function si(n){return async function(e,r){const i=await fetch(n,{method:"POST",headers:{"content-type":"application/json",accept:"application/graphql-response+json"},body:JSON.stringify({query:e.toString(),variables:r})}),o=await i.json().catch(()=>({}));if(o.errors?.length)throw new fe(o.errors);if(!i.ok||o.data==null)throw new fe([{message:`HTTP ${i.status} without data from ${n}`}]);return o.data}}const bn=si(new URL("/graphql",location.href).href);class sn{element;body;query;constructor(t,e,r){this.body=S("div",{class:"panel-body"}),this.query=S("div",{class:"query-slot"}),this.element=S("section",{class:"panel","data-panel":r},[S("header",{},[S("h2",{},[e]),this.query]),this.body]),t.append(this.element)}async load(t,e,r){this.showQuery(t,e,r),this.body.replaceChildren(S("p",{class:"loading"},[_("loading")]));try{const i=await bn(t,e);return this.body.replaceChildren(),i}catch(i){this.fail(i);return}}fail(t){const e=t instanceof Error?t.message:String(t);this.body.replaceChildren(S("p",{class:"error",role:"alert"},[e]))}showQuery(t,e,r){const i=t.toString().trim(),o=JSON.stringify(e,null,2),l=`/?${new URLSearchParams({query:i,variables:o})}`;this.query.replaceChildren(S("details",{class:"query"},[S("summary",{},[_("query")]),S("pre",{class:"operation"},[i]),S("pre",{class:"variables"},[o]),...r?[S("p",{class:"note"},[r])]:[],S("a",{class:"open-graphiql",href:l,target:"_blank"},[_("openGraphiql")])]))}}class b extends String{__apiType;value;__meta__;constructor(t,e){super(t),this.value=t,this.__meta__=e}toString(){return this.value}}new b(`
    fragment ExplorerPolicy on PolicyExport {
  id
  slug
  title
  titleEn
  titleKo
  year
  sector
}
    `,{fragmentName:"ExplorerPolicy"});new b(`
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
    `,{fragmentName:"ExplorerPairSide"});new b(`
    fragment ExplorerPlace on City {
  slug
  nameEn
  nameKo
  latitude
  longitude
}
    `,{fragmentName:"ExplorerPlace"});new b(`
    fragment CityHit on City {
  id
  slug
  nameEn
  cityNameKo: nameKo
}
    `,{fragmentName:"CityHit"});new b(`
    fragment CountryHit on Country {
  id
  code
  nameEn
  nameKo
}
    `,{fragmentName:"CountryHit"});new b(`
    fragment OrganizationHit on Organization {
  id
  slug
  acronym
  nameEn
}
    `,{fragmentName:"OrganizationHit"});new b(`
    fragment EventHit on Event {
  id
  slug
  name
  year
}
    `,{fragmentName:"EventHit"});new b(`
    fragment PolicyExportHit on PolicyExport {
  id
  slug
  title
  year
}
    `,{fragmentName:"PolicyExportHit"});new b(`
    fragment SourceHit on Source {
  id
  key
  title
  year
}
    `,{fragmentName:"SourceHit"});new b(`
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
    `);new b(`
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
    `);new b(`
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
    `);const he=new b(`
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
}`),li=new b(`
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
    `),ui=new b(`
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
}`),ci=new b(`
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
}`),fi=new b(`
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
    undatedExports: policyExports(filter: {year: {isNull: true}}) {
      id
    }
    undatedImports: policyImports(filter: {year: {isNull: true}}) {
      id
    }
    hostedEvents {
      id
      year
    }
  }
}
    `),pe=new b(`
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
    `),At=new b(`
    query ExplorerWorldLinks($filter: AgreementFilter, $first: Int!, $offset: Int!) {
  agreementsConnection(first: $first, offset: $offset, filter: $filter) {
    totalCount
    nodes {
      kind
      parties {
        slug
      }
    }
  }
}
    `);new b(`
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
    `);const je=new b(`
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
}`),pt={AGREEMENT_SIGNED:"#d1495b",AGREEMENT_ENDED:"#8d99ae",MEMBERSHIP_JOINED:"#00798c",MEMBERSHIP_LEFT:"#adb5bd",EVENT_HOSTED:"#edae49",POLICY_EXPORTED:"#30638e",POLICY_RECEIVED:"#7d5ba6"};function de(n){const t=n.record;switch(t.__typename){case"Agreement":return`${wn(t.kind)} · ${T(t.partner)}`;case"Membership":return t.organization?.acronym??T(t.organization);case"Event":return T({nameEn:t.name,nameKo:t.nameKo});case"PolicyExport":return T({nameEn:t.title,nameKo:t.titleKo})}}async function hi(n,t){const e=new sn(n,_("timeline"),"timeline"),r=await e.load(fi,{city:t});if(!r)return;const i=r.timeline.filter(l=>l.year!=null),o=i.map(l=>l.year);if(o.length){const l=Math.min(...o),u=Math.max(...o),p=900,f=160,s=16,c=(p-2*s)/(u-l+1),a=new Map;for(const d of i)a.set(d.year,[...a.get(d.year)??[],d]);const h=Math.max(...[...a.values()].map(d=>d.length)),g=(f-20)/h,y=K("svg",{class:"timeline-chart",viewBox:`0 0 ${p} ${f}`});for(const[d,m]of a)m.forEach((w,v)=>{y.append(K("rect",{x:(s+(d-l)*c).toFixed(1),y:(f-20-(v+1)*g).toFixed(1),width:Math.max(c-1,1).toFixed(1),height:Math.max(g-.5,.5).toFixed(1),fill:pt[w.kind]??"#555"},[K("title",{},[`${w.date} · ${de(w)}`])]))});for(let d=Math.ceil(l/10)*10;d<=u;d+=10){const m=s+(d-l+.5)*c;y.append(K("text",{x:m.toFixed(1),y:f-4,class:"axis"},[String(d)]))}e.body.append(y)}e.body.append(S("ul",{class:"legend"},Object.entries(pt).map(([l,u])=>S("li",{},[S("span",{class:"swatch",style:`background:${u}`}),l.toLowerCase().replaceAll("_"," ")]))),S("p",{class:"undated"},[`${_("undatedFacts")}: `+[[r.city?.undatedAgreements.length,_("agreements")],[r.city?.undatedMemberships.length,_("networks")],[(r.city?.undatedExports.length??0)+(r.city?.undatedImports.length??0),_("policies")],[r.city?.hostedEvents.filter(l=>l.year==null).length,_("events")]].map(([l,u])=>`${l??0} ${String(u).toLowerCase()}`).join(", ")]),S("ol",{class:"timeline-entries"},r.timeline.map(l=>S("li",{"data-kind":l.kind,"data-year":String(l.year??"")},[S("time",{},[l.date])," ",S("span",{class:"swatch",style:`background:${pt[l.kind]??"#555"}`})," ",de(l)]))))}function pi(n){const t=+this._x.call(null,n),e=+this._y.call(null,n);return Ye(this.cover(t,e),t,e,n)}function Ye(n,t,e,r){if(isNaN(t)||isNaN(e))return n;var i,o=n._root,l={data:r},u=n._x0,p=n._y0,f=n._x1,s=n._y1,c,a,h,g,y,d,m,w;if(!o)return n._root=l,n;for(;o.length;)if((y=t>=(c=(u+f)/2))?u=c:f=c,(d=e>=(a=(p+s)/2))?p=a:s=a,i=o,!(o=o[m=d<<1|y]))return i[m]=l,n;if(h=+n._x.call(null,o.data),g=+n._y.call(null,o.data),t===h&&e===g)return l.next=o,i?i[m]=l:n._root=l,n;do i=i?i[m]=new Array(4):n._root=new Array(4),(y=t>=(c=(u+f)/2))?u=c:f=c,(d=e>=(a=(p+s)/2))?p=a:s=a;while((m=d<<1|y)===(w=(g>=a)<<1|h>=c));return i[w]=o,i[m]=l,n}function di(n){Array.isArray(n)||(n=Array.from(n));const t=n.length,e=new Float64Array(t),r=new Float64Array(t);let i=1/0,o=i,l=-i,u=l;for(let p=0,f,s,c;p<t;++p){if(isNaN(s=+this._x.call(null,f=n[p]))||isNaN(c=+this._y.call(null,f))){e[p]=NaN;continue}e[p]=s,r[p]=c,s<i&&(i=s),s>l&&(l=s),c<o&&(o=c),c>u&&(u=c)}if(i>l||o>u)return this;this.cover(i,o).cover(l,u);for(let p=0;p<t;++p)Ye(this,e[p],r[p],n[p]);return this}function gi(n,t){if(isNaN(n=+n)||isNaN(t=+t))return this;var e=this._x0,r=this._y0,i=this._x1,o=this._y1;if(isNaN(e))i=(e=Math.floor(n))+1,o=(r=Math.floor(t))+1;else{for(var l=i-e||1,u=this._root,p,f;e>n||n>=i||r>t||t>=o;)switch(f=(t<r)<<1|n<e,p=new Array(4),p[f]=u,u=p,l*=2,f){case 0:i=e+l,o=r+l;break;case 1:e=i-l,o=r+l;break;case 2:i=e+l,r=o-l;break;case 3:e=i-l,r=o-l;break}this._root&&this._root.length&&(this._root=u)}return this._x0=e,this._y0=r,this._x1=i,this._y1=o,this}function mi(){var n=[];return this.visit(function(t){if(!t.length)do n.push(t.data);while(t=t.next)}),n}function yi(n){return arguments.length?this.cover(+n[0][0],+n[0][1]).cover(+n[1][0],+n[1][1]):isNaN(this._x0)?void 0:[[this._x0,this._y0],[this._x1,this._y1]]}function B(n,t,e,r,i){this.node=n,this.x0=t,this.y0=e,this.x1=r,this.y1=i}function vi(n,t,e){var r,i=this._x0,o=this._y0,l,u,p,f,s=this._x1,c=this._y1,a=[],h=this._root,g,y;for(h&&a.push(new B(h,i,o,s,c)),e==null?e=1/0:(i=n-e,o=t-e,s=n+e,c=t+e,e*=e);g=a.pop();)if(!(!(h=g.node)||(l=g.x0)>s||(u=g.y0)>c||(p=g.x1)<i||(f=g.y1)<o))if(h.length){var d=(l+p)/2,m=(u+f)/2;a.push(new B(h[3],d,m,p,f),new B(h[2],l,m,d,f),new B(h[1],d,u,p,m),new B(h[0],l,u,d,m)),(y=(t>=m)<<1|n>=d)&&(g=a[a.length-1],a[a.length-1]=a[a.length-1-y],a[a.length-1-y]=g)}else{var w=n-+this._x.call(null,h.data),v=t-+this._y.call(null,h.data),E=w*w+v*v;if(E<e){var $=Math.sqrt(e=E);i=n-$,o=t-$,s=n+$,c=t+$,r=h.data}}return r}function wi(n){if(isNaN(s=+this._x.call(null,n))||isNaN(c=+this._y.call(null,n)))return this;var t,e=this._root,r,i,o,l=this._x0,u=this._y0,p=this._x1,f=this._y1,s,c,a,h,g,y,d,m;if(!e)return this;if(e.length)for(;;){if((g=s>=(a=(l+p)/2))?l=a:p=a,(y=c>=(h=(u+f)/2))?u=h:f=h,t=e,!(e=e[d=y<<1|g]))return this;if(!e.length)break;(t[d+1&3]||t[d+2&3]||t[d+3&3])&&(r=t,m=d)}for(;e.data!==n;)if(i=e,!(e=e.next))return this;return(o=e.next)&&delete e.next,i?(o?i.next=o:delete i.next,this):t?(o?t[d]=o:delete t[d],(e=t[0]||t[1]||t[2]||t[3])&&e===(t[3]||t[2]||t[1]||t[0])&&!e.length&&(r?r[m]=e:this._root=e),this):(this._root=o,this)}function Ei(n){for(var t=0,e=n.length;t<e;++t)this.remove(n[t]);return this}function xi(){return this._root}function Si(){var n=0;return this.visit(function(t){if(!t.length)do++n;while(t=t.next)}),n}function _i(n){var t=[],e,r=this._root,i,o,l,u,p;for(r&&t.push(new B(r,this._x0,this._y0,this._x1,this._y1));e=t.pop();)if(!n(r=e.node,o=e.x0,l=e.y0,u=e.x1,p=e.y1)&&r.length){var f=(o+u)/2,s=(l+p)/2;(i=r[3])&&t.push(new B(i,f,s,u,p)),(i=r[2])&&t.push(new B(i,o,s,f,p)),(i=r[1])&&t.push(new B(i,f,l,u,s)),(i=r[0])&&t.push(new B(i,o,l,f,s))}return this}function $i(n){var t=[],e=[],r;for(this._root&&t.push(new B(this._root,this._x0,this._y0,this._x1,this._y1));r=t.pop();){var i=r.node;if(i.length){var o,l=r.x0,u=r.y0,p=r.x1,f=r.y1,s=(l+p)/2,c=(u+f)/2;(o=i[0])&&t.push(new B(o,l,u,s,c)),(o=i[1])&&t.push(new B(o,s,u,p,c)),(o=i[2])&&t.push(new B(o,l,c,s,f)),(o=i[3])&&t.push(new B(o,s,c,p,f))}e.push(r)}for(;r=e.pop();)n(r.node,r.x0,r.y0,r.x1,r.y1);return this}function Ni(n){return n[0]}function ki(n){return arguments.length?(this._x=n,this):this._x}function Mi(n){return n[1]}function Pi(n){return arguments.length?(this._y=n,this):this._y}function Ge(n,t,e){var r=new zt(t??Ni,e??Mi,NaN,NaN,NaN,NaN);return n==null?r:r.addAll(n)}function zt(n,t,e,r,i,o){this._x=n,this._y=t,this._x0=e,this._y0=r,this._x1=i,this._y1=o,this._root=void 0}function ge(n){for(var t={data:n.data},e=t;n=n.next;)e=e.next={data:n.data};return t}var j=Ge.prototype=zt.prototype;j.copy=function(){var n=new zt(this._x,this._y,this._x0,this._y0,this._x1,this._y1),t=this._root,e,r;if(!t)return n;if(!t.length)return n._root=ge(t),n;for(e=[{source:t,target:n._root=new Array(4)}];t=e.pop();)for(var i=0;i<4;++i)(r=t.source[i])&&(r.length?e.push({source:r,target:t.target[i]=new Array(4)}):t.target[i]=ge(r));return n};j.add=pi;j.addAll=di;j.cover=gi;j.data=mi;j.extent=yi;j.find=vi;j.remove=wi;j.removeAll=Ei;j.root=xi;j.size=Si;j.visit=_i;j.visitAfter=$i;j.x=ki;j.y=Pi;var Ci={value:()=>{}};function Ue(){for(var n=0,t=arguments.length,e={},r;n<t;++n){if(!(r=arguments[n]+"")||r in e||/[\s.]/.test(r))throw new Error("illegal type: "+r);e[r]=[]}return new Qn(e)}function Qn(n){this._=n}function Ai(n,t){return n.trim().split(/^|\s+/).map(function(e){var r="",i=e.indexOf(".");if(i>=0&&(r=e.slice(i+1),e=e.slice(0,i)),e&&!t.hasOwnProperty(e))throw new Error("unknown type: "+e);return{type:e,name:r}})}Qn.prototype=Ue.prototype={constructor:Qn,on:function(n,t){var e=this._,r=Ai(n+"",e),i,o=-1,l=r.length;if(arguments.length<2){for(;++o<l;)if((i=(n=r[o]).type)&&(i=Ri(e[i],n.name)))return i;return}if(t!=null&&typeof t!="function")throw new Error("invalid callback: "+t);for(;++o<l;)if(i=(n=r[o]).type)e[i]=me(e[i],n.name,t);else if(t==null)for(i in e)e[i]=me(e[i],n.name,null);return this},copy:function(){var n={},t=this._;for(var e in t)n[e]=t[e].slice();return new Qn(n)},call:function(n,t){if((i=arguments.length-2)>0)for(var e=new Array(i),r=0,i,o;r<i;++r)e[r]=arguments[r+2];if(!this._.hasOwnProperty(n))throw new Error("unknown type: "+n);for(o=this._[n],r=0,i=o.length;r<i;++r)o[r].value.apply(t,e)},apply:function(n,t,e){if(!this._.hasOwnProperty(n))throw new Error("unknown type: "+n);for(var r=this._[n],i=0,o=r.length;i<o;++i)r[i].value.apply(t,e)}};function Ri(n,t){for(var e=0,r=n.length,i;e<r;++e)if((i=n[e]).name===t)return i.value}function me(n,t,e){for(var r=0,i=n.length;r<i;++r)if(n[r].name===t){n[r]=Ci,n=n.slice(0,r).concat(n.slice(r+1));break}return e!=null&&n.push({name:t,value:e}),n}var Sn=0,An=0,$n=0,Xe=1e3,ot,Rn,at=0,fn=0,st=0,Dn=typeof performance=="object"&&performance.now?performance:Date,We=typeof window=="object"&&window.requestAnimationFrame?window.requestAnimationFrame.bind(window):function(n){setTimeout(n,17)};function Qe(){return fn||(We(Ii),fn=Dn.now()+st)}function Ii(){fn=0}function Rt(){this._call=this._time=this._next=null}Rt.prototype=Ve.prototype={constructor:Rt,restart:function(n,t,e){if(typeof n!="function")throw new TypeError("callback is not a function");e=(e==null?Qe():+e)+(t==null?0:+t),!this._next&&Rn!==this&&(Rn?Rn._next=this:ot=this,Rn=this),this._call=n,this._time=e,It()},stop:function(){this._call&&(this._call=null,this._time=1/0,It())}};function Ve(n,t,e){var r=new Rt;return r.restart(n,t,e),r}function Li(){Qe(),++Sn;for(var n=ot,t;n;)(t=fn-n._time)>=0&&n._call.call(void 0,t),n=n._next;--Sn}function ye(){fn=(at=Dn.now())+st,Sn=An=0;try{Li()}finally{Sn=0,Oi(),fn=0}}function Ti(){var n=Dn.now(),t=n-at;t>Xe&&(st-=t,at=n)}function Oi(){for(var n,t=ot,e,r=1/0;t;)t._call?(r>t._time&&(r=t._time),n=t,t=t._next):(e=t._next,t._next=null,t=n?n._next=e:ot=e);Rn=n,It(r)}function It(n){if(!Sn){An&&(An=clearTimeout(An));var t=n-fn;t>24?(n<1/0&&(An=setTimeout(ye,Math.ceil(n-Dn.now()-st)+1)),$n&&($n=clearInterval($n))):($n||(at=Dn.now(),$n=setInterval(Ti,Xe)),Sn=1,We(ye))}}function Fi(n,t){var e,r=1;n==null&&(n=0),t==null&&(t=0);function i(){var o,l=e.length,u,p=0,f=0;for(o=0;o<l;++o)u=e[o],p+=u.x,f+=u.y;for(p=(p/l-n)*r,f=(f/l-t)*r,o=0;o<l;++o)u=e[o],u.x-=p,u.y-=f}return i.initialize=function(o){e=o},i.x=function(o){return arguments.length?(n=+o,i):n},i.y=function(o){return arguments.length?(t=+o,i):t},i.strength=function(o){return arguments.length?(r=+o,i):r},i}function In(n){return function(){return n}}function vn(n){return(n()-.5)*1e-6}function Ki(n){return n.index}function ve(n,t){var e=n.get(t);if(!e)throw new Error("node not found: "+t);return e}function zi(n){var t=Ki,e=c,r,i=In(30),o,l,u,p,f,s=1;n==null&&(n=[]);function c(d){return 1/Math.min(u[d.source.index],u[d.target.index])}function a(d){for(var m=0,w=n.length;m<s;++m)for(var v=0,E,$,N,M,P,C,L;v<w;++v)E=n[v],$=E.source,N=E.target,M=N.x+N.vx-$.x-$.vx||vn(f),P=N.y+N.vy-$.y-$.vy||vn(f),C=Math.sqrt(M*M+P*P),C=(C-o[v])/C*d*r[v],M*=C,P*=C,N.vx-=M*(L=p[v]),N.vy-=P*L,$.vx+=M*(L=1-L),$.vy+=P*L}function h(){if(l){var d,m=l.length,w=n.length,v=new Map(l.map(($,N)=>[t($,N,l),$])),E;for(d=0,u=new Array(m);d<w;++d)E=n[d],E.index=d,typeof E.source!="object"&&(E.source=ve(v,E.source)),typeof E.target!="object"&&(E.target=ve(v,E.target)),u[E.source.index]=(u[E.source.index]||0)+1,u[E.target.index]=(u[E.target.index]||0)+1;for(d=0,p=new Array(w);d<w;++d)E=n[d],p[d]=u[E.source.index]/(u[E.source.index]+u[E.target.index]);r=new Array(w),g(),o=new Array(w),y()}}function g(){if(l)for(var d=0,m=n.length;d<m;++d)r[d]=+e(n[d],d,n)}function y(){if(l)for(var d=0,m=n.length;d<m;++d)o[d]=+i(n[d],d,n)}return a.initialize=function(d,m){l=d,f=m,h()},a.links=function(d){return arguments.length?(n=d,h(),a):n},a.id=function(d){return arguments.length?(t=d,a):t},a.iterations=function(d){return arguments.length?(s=+d,a):s},a.strength=function(d){return arguments.length?(e=typeof d=="function"?d:In(+d),g(),a):e},a.distance=function(d){return arguments.length?(i=typeof d=="function"?d:In(+d),y(),a):i},a}const Di=1664525,qi=1013904223,we=4294967296;function bi(){let n=1;return()=>(n=(Di*n+qi)%we)/we}function Hi(n){return n.x}function Bi(n){return n.y}var ji=10,Yi=Math.PI*(3-Math.sqrt(5));function Gi(n){var t,e=1,r=.001,i=1-Math.pow(r,1/300),o=0,l=.6,u=new Map,p=Ve(c),f=Ue("tick","end"),s=bi();n==null&&(n=[]);function c(){a(),f.call("tick",t),e<r&&(p.stop(),f.call("end",t))}function a(y){var d,m=n.length,w;y===void 0&&(y=1);for(var v=0;v<y;++v)for(e+=(o-e)*i,u.forEach(function(E){E(e)}),d=0;d<m;++d)w=n[d],w.fx==null?w.x+=w.vx*=l:(w.x=w.fx,w.vx=0),w.fy==null?w.y+=w.vy*=l:(w.y=w.fy,w.vy=0);return t}function h(){for(var y=0,d=n.length,m;y<d;++y){if(m=n[y],m.index=y,m.fx!=null&&(m.x=m.fx),m.fy!=null&&(m.y=m.fy),isNaN(m.x)||isNaN(m.y)){var w=ji*Math.sqrt(.5+y),v=y*Yi;m.x=w*Math.cos(v),m.y=w*Math.sin(v)}(isNaN(m.vx)||isNaN(m.vy))&&(m.vx=m.vy=0)}}function g(y){return y.initialize&&y.initialize(n,s),y}return h(),t={tick:a,restart:function(){return p.restart(c),t},stop:function(){return p.stop(),t},nodes:function(y){return arguments.length?(n=y,h(),u.forEach(g),t):n},alpha:function(y){return arguments.length?(e=+y,t):e},alphaMin:function(y){return arguments.length?(r=+y,t):r},alphaDecay:function(y){return arguments.length?(i=+y,t):+i},alphaTarget:function(y){return arguments.length?(o=+y,t):o},velocityDecay:function(y){return arguments.length?(l=1-y,t):1-l},randomSource:function(y){return arguments.length?(s=y,u.forEach(g),t):s},force:function(y,d){return arguments.length>1?(d==null?u.delete(y):u.set(y,g(d)),t):u.get(y)},find:function(y,d,m){var w=0,v=n.length,E,$,N,M,P;for(m==null?m=1/0:m*=m,w=0;w<v;++w)M=n[w],E=y-M.x,$=d-M.y,N=E*E+$*$,N<m&&(P=M,m=N);return P},on:function(y,d){return arguments.length>1?(f.on(y,d),t):f.on(y)}}}function Ui(){var n,t,e,r,i=In(-30),o,l=1,u=1/0,p=.81;function f(h){var g,y=n.length,d=Ge(n,Hi,Bi).visitAfter(c);for(r=h,g=0;g<y;++g)t=n[g],d.visit(a)}function s(){if(n){var h,g=n.length,y;for(o=new Array(g),h=0;h<g;++h)y=n[h],o[y.index]=+i(y,h,n)}}function c(h){var g=0,y,d,m=0,w,v,E;if(h.length){for(w=v=E=0;E<4;++E)(y=h[E])&&(d=Math.abs(y.value))&&(g+=y.value,m+=d,w+=d*y.x,v+=d*y.y);h.x=w/m,h.y=v/m}else{y=h,y.x=y.data.x,y.y=y.data.y;do g+=o[y.data.index];while(y=y.next)}h.value=g}function a(h,g,y,d){if(!h.value)return!0;var m=h.x-t.x,w=h.y-t.y,v=d-g,E=m*m+w*w;if(v*v/p<E)return E<u&&(m===0&&(m=vn(e),E+=m*m),w===0&&(w=vn(e),E+=w*w),E<l&&(E=Math.sqrt(l*E)),t.vx+=m*h.value*r/E,t.vy+=w*h.value*r/E),!0;if(h.length||E>=u)return;(h.data!==t||h.next)&&(m===0&&(m=vn(e),E+=m*m),w===0&&(w=vn(e),E+=w*w),E<l&&(E=Math.sqrt(l*E)));do h.data!==t&&(v=o[h.data.index]*r/E,t.vx+=m*v,t.vy+=w*v);while(h=h.next)}return f.initialize=function(h,g){n=h,e=g,s()},f.strength=function(h){return arguments.length?(i=typeof h=="function"?h:In(+h),s(),f):i},f.distanceMin=function(h){return arguments.length?(l=h*h,f):Math.sqrt(l)},f.distanceMax=function(h){return arguments.length?(u=h*h,f):Math.sqrt(u)},f.theta=function(h){return arguments.length?(p=h*h,f):Math.sqrt(p)},f}const Xi=8;async function Wi(n,t){const e=new sn(n,_("network"),"network"),r=await e.load(li,{slug:t,fanOut:Xi});if(!r?.city)return;const i=new Map,o=[],l=(a,h)=>{const g=i.get(a.slug);if(g)return g;const y={city:a,ring:h};return i.set(a.slug,y),y},u=l({slug:r.city.slug,nameEn:r.city.slug},0);u.fx=0,u.fy=0;const p=r.city.agreements.flatMap(({kind:a,partner:h})=>h?[{kind:a,partner:h}]:[]);for(const{kind:a,partner:h}of p)o.push({source:u,target:l(h,1),kind:a});for(const{partner:a}of p)for(const h of a.agreementsConnection.nodes)h.partner&&o.push({source:l(a,1),target:l(h.partner,2),kind:h.kind});const f=[...i.values()];Gi(f).force("link",zi(o).distance(a=>a.source.ring===0?90:40)).force("charge",Ui().strength(-40)).force("centre",Fi(0,0)).stop().tick(300);const s=330,c=K("svg",{class:"network-graph",viewBox:`${-s} ${-s} ${2*s} ${2*s}`});for(const a of o){const h=a.source,g=a.target;c.append(K("line",{x1:h.x.toFixed(1),y1:h.y.toFixed(1),x2:g.x.toFixed(1),y2:g.y.toFixed(1),stroke:Tn[a.kind]??"#999",class:`ring-${h.ring}`}))}for(const a of f){const h=K("a",{href:`#/city/${a.city.slug}`,class:`node ring-${a.ring}`},[K("circle",{cx:a.x.toFixed(1),cy:a.y.toFixed(1),r:[7,4,2.5][a.ring]}),a.ring<2?K("text",{x:(a.x+6).toFixed(1),y:(a.y+3).toFixed(1)},[a.ring?T(a.city):""]):null,K("title",{},[T(a.city)])]);c.append(h)}e.body.append(S("div",{class:"network"},[c,S("div",{class:"related"},[S("h3",{},[_("related")]),S("ol",{},r.related.map(a=>S("li",{},[a.city?Ln(`#/pair/${t}/${a.city.slug}`,T(a.city)):"?",` · ${a.score} ${_("shared")}: `,[...a.sharedOrganizations.map(h=>h.acronym??h.nameEn),...a.sharedPartners.map(T)].join(", ")])))])]))}async function Qi(n){const{search:t}=await bn(je,{text:n,first:20});return t.flatMap(({node:e})=>e.__typename==="City"?[e.slug]:[])[0]??null}function Vi(n,t){let e=0,r;const i=()=>t.replaceChildren();n.addEventListener("input",()=>{clearTimeout(r);const o=n.value.trim();if(!o)return i();r=setTimeout(async()=>{const l=++e;try{const{search:u}=await bn(je,{text:o,first:20});if(l!==e)return;const p=u.flatMap(({node:f})=>f.__typename==="City"?[f]:[]);t.replaceChildren(...p.map(f=>S("li",{role:"option"},[S("a",{href:`#/city/${f.slug}`,class:"hit"},[T({nameEn:f.nameEn,nameKo:f.cityNameKo}),f.cityNameKo?` · ${f.nameEn}`:""])]))),p.length||t.replaceChildren(S("li",{class:"empty"},["—"]))}catch(u){t.replaceChildren(S("li",{class:"error",role:"alert"},[u.message]))}},150)}),t.addEventListener("click",()=>{i(),n.value=""})}function dn(n,t,e,r){return t.length?S("table",{},[S("thead",{},[S("tr",{},n.map(i=>S("th",{},[i])))]),S("tbody",{},t.map(i=>S("tr",r?.(i)??{},e(i).map(o=>S("td",{},[o])))))]):S("p",{class:"empty"},[_("none")])}const dt=n=>n?Ln(`#/city/${n.slug}`,T(n),{class:"city-link"}):"?";function Zi(n){return n.length?S("details",{class:"sources"},[S("summary",{},[`${n.length} ${_("sources").toLowerCase()}`]),S("ul",{},n.map(t=>S("li",{class:"source"},[t.source?.url?S("a",{href:t.source.url,rel:"noreferrer"},[t.title]):t.title,t.locator?` — ${t.locator}`:"",t.reference?` (${t.reference})`:"",t.source?.year?`, ${t.source.year}`:""])))]):S("span",{class:"no-source"},["—"])}async function Ji(n,t){const e=new sn(n,t,"city"),r=await e.load(he,{slug:t});if(!r)return;const i=r.city;if(!i){e.fail(new Error(`NOT_FOUND: no city "${t}"`));return}const{centrality:o}=i;e.element.querySelector("h2").textContent=`${T(i)} · ${T(i.country)}`;const l=S("form",{class:"path-form"},[S("input",{name:"to",placeholder:_("pathTo"),"aria-label":_("pathTo")}),S("button",{type:"submit"},[_("pathFind")])]);l.addEventListener("submit",async a=>{a.preventDefault();const h=String(new FormData(l).get("to")??"").trim();h&&(location.hash=`#/pair/${i.slug}/${await Qi(h).catch(()=>null)??h}`)}),e.body.append(S("p",{class:"names"},[`${i.nameEn}${i.nameKo?` · ${i.nameKo}`:""} (${i.country?.code??"?"})`]),S("dl",{class:"centrality"},[S("dt",{},[_("degree")]),S("dd",{},[`${o.degree} (${_("rank")} ${o.degreeRank})`]),S("dt",{},[_("betweenness")]),S("dd",{},[`${o.betweenness.toFixed(1)} (${_("rank")} ${o.betweennessRank})`])]),l);const u=(a,h)=>{const g=new sn(n,a,h);return g.showQuery(he,{slug:t}),g},p=u(_("partnersMap"),"partners-map"),f=new Kt(p.body);for(const a of i.agreements){if(!a.partner)continue;const h=Tn[a.kind]??"#555";f.arc(i,a.partner,{stroke:h,"data-kind":a.kind}),f.mark(a.partner,3,`${T(a.partner)} · ${wn(a.kind)}`,{fill:h,class:"partner"})?.addEventListener("click",()=>{location.hash=`#/city/${a.partner.slug}`})}f.mark(i,5,T(i),{class:"home"}),p.body.append(S("ul",{class:"legend"},Object.entries(Tn).map(([a,h])=>S("li",{},[S("span",{class:"swatch",style:`background:${h}`}),wn(a)])))),u(_("agreements"),"agreements").body.append(dn([_("partner"),_("kind"),_("signed"),_("ended"),_("status"),_("sources")],i.agreements,a=>[dt(a.partner),wn(a.kind),a.signedOn??_("undated"),a.endedOn??"",a.status.toLowerCase(),Zi(a.sources)],a=>({"data-kind":a.kind,class:"agreement"}))),u(_("networks"),"networks").body.append(dn([_("networks"),_("role"),_("joined"),_("left")],i.memberships,a=>[a.organization?`${a.organization.acronym??""} ${T(a.organization)}`.trim():"?",a.role.toLowerCase().replaceAll("_"," "),a.joinedYear?.toString()??_("undated"),a.leftYear?.toString()??""]));const s=a=>T({nameEn:a.titleEn??a.title,nameKo:a.titleKo});u(_("policies"),"policies").body.append(S("h3",{},[_("exported")]),dn([_("policies"),_("partner"),"Year"],i.policyExports,a=>[s(a),dt(a.partner),a.year?.toString()??_("undated")]),S("h3",{},[_("received")]),dn([_("policies"),_("partner"),"Year"],i.policyImports,a=>[s(a),dt(a.exporter),a.year?.toString()??_("undated")])),u(_("events"),"events").body.append(dn([_("events"),_("kind"),"Year"],i.hostedEvents,a=>[T({nameEn:a.nameEn??a.name,nameKo:a.nameKo}),a.kind.toLowerCase().replaceAll("_"," "),a.year?.toString()??_("undated")])),u(_("statistics"),"statistics").body.append(dn([_("statistics"),"","",""],i.statistics,a=>[a.metric+(a.dimension?` (${a.dimension})`:""),a.value.toLocaleString(),a.unit,a.asOf??""])),await Promise.all([hi(n,i.slug),Wi(n,i.slug)])}function Ee(n){const t=new Map;for(const r of n.agreements)r.partner&&t.set(r.partner.slug,r.partner);const e=new Map;for(const{organization:r}of n.memberships)r&&e.set(r.slug,{...r,nameEn:r.acronym??r.nameEn});return{partners:t,networks:e}}function xe(n,t){return n.length?S("ul",{},n.map(e=>S("li",{},[t?Ln(`#/city/${e.slug}`,T(e)):T(e)]))):S("p",{class:"empty"},[_("none")])}async function no(n,t,e){const r=new sn(n,`${t} · ${e}`,"pair"),i=await r.load(ui,{a:t,b:e});if(!i)return;if(!i.a||!i.b){r.fail(new Error(`NOT_FOUND: no city "${i.a?e:t}"`));return}const[o,l]=[Ee(i.a),Ee(i.b)];r.element.querySelector("h2").textContent=`${T(i.a)} · ${T(i.b)}`;const u=(s,c,a,h)=>S("div",{class:"pair-column","data-side":h},[S("h3",{},[s]),S("h4",{},[_("agreements")]),xe(c,!0),S("h4",{},[_("networks")]),xe(a,!1)]),p=(s,c)=>[...s.values()].filter(a=>!c.has(a.slug)),f=(s,c)=>[...s.values()].filter(a=>c.has(a.slug));r.body.append(S("div",{class:"pair"},[u(T(i.a),p(o.partners,l.partners),p(o.networks,l.networks),"a"),u(_("shared"),f(o.partners,l.partners),f(o.networks,l.networks),"shared"),u(T(i.b),p(l.partners,o.partners),p(l.networks,o.networks),"b")]))}function to(n){const t=n.via;return t?t.__typename==="Agreement"?`${wn(t.kind)}${t.signedOn?` (${t.signedOn})`:""}`:`${t.acronym??t.nameEn}`:"?"}async function eo(n,t,e){const r=new sn(n,`${_("path")}: ${t} → ${e}`,"path"),i=await r.load(ci,{from:t,to:e});if(!i)return;const o=i.path[0];if(!o){r.body.append(S("p",{class:"error",role:"alert"},[_("noPath")]));return}const l=o.steps[0]?.from,u=o.steps.at(-1)?.to;r.element.querySelector("h2").textContent=`${_("path")}: ${T(l)} → ${T(u)} · ${o.hops} ${_(o.hops===1?"step":"steps")}`;const p=new Kt(r.body);p.element.classList.add("path-map");for(const f of o.steps){if(!f.from||!f.to)continue;const s=f.via?.__typename==="Agreement"?Tn[f.via.kind]??"#555":"#333";p.arc(f.from,f.to,{stroke:s,class:"arc path-step"})}for(const f of[l,...o.steps.map(s=>s.to)])f&&p.mark(f,4,T(f),{class:"path-city"});r.body.append(S("ol",{class:"path-steps"},o.steps.map(f=>S("li",{class:"path-step"},[f.from?Ln(`#/city/${f.from.slug}`,T(f.from)):"?"," → ",f.to?Ln(`#/city/${f.to.slug}`,T(f.to)):"?",` · ${to(f)}`]))))}const an=500,Lt=`The view asks for the other pages at once, with offset ${an}, ${2*an}…`,Ze=["SISTER","FRIENDSHIP","PARTNERSHIP","TWINNING"],Je=["AFRICA","ASIA","EUROPE","NORTH_AMERICA","OCEANIA","SOUTH_AMERICA"],nr=[1950,1960,1970,1980,1990,2e3,2010,2020];function tr(n){return{kind:Ze.find(t=>t===n.kind),continent:Je.find(t=>t===n.continent),decade:nr.find(t=>String(t)===n.decade)}}function er(n){const{kind:t,decade:e}=tr(n);return!t&&!e?null:{...t?{kind:{eq:t}}:{},...e?{signedOn:{gte:String(e),lt:String(e+10)}}:{}}}function ro(n){const{continent:t}=tr(n),e=er(n),r={...e?{agreements:{some:e}}:{},...t?{country:{continent:{eq:t}}}:{}};return Object.keys(r).length?r:null}const Se=3;async function io(n,t){const e=new sn(n,_("world"),"world"),r=(d,m,w,v)=>{const E=S("select",{name:d,"aria-label":d},[S("option",{value:""},[m]),...w.map($=>S("option",{value:$},[v($)]))]);return E.value=t[d]??"",E.addEventListener("change",()=>{const $=new URLSearchParams({...t,[d]:E.value});for(const[N,M]of[...$])M||$.delete(N);location.hash=`#/${$.size?`?${$}`:""}`}),E},i=S("form",{class:"filters"},[r("kind",_("allKinds"),Ze,wn),r("continent",_("allContinents"),Je,d=>d.replaceAll("_"," ").toLowerCase()),r("decade",_("allDecades"),nr.map(String),d=>`${d}s`)]),o={filter:ro(t),first:an,offset:0},l=await e.load(pe,o,Lt);if(!l)return;const{totalCount:u}=l.citiesConnection,p=S("p",{class:"summary"},[`${u} ${_("worldCities")}`]);e.body.append(i,p);const f=new Kt(e.body),s=new Map,c=d=>{for(const m of d)s.set(m.slug,m),f.mark(m,1.2+Math.sqrt(m.centrality.degree)*.6,`${T(m)} · ${m.centrality.degree}`,{class:"city","data-slug":m.slug})?.addEventListener("click",()=>{location.hash=`#/city/${m.slug}`})};c(l.citiesConnection.nodes);const a=[];for(let d=an;d<u;d+=an)a.push(d);try{const d=await Promise.all(a.map(m=>bn(pe,{...o,offset:m})));for(const m of d)c(m.citiesConnection.nodes);f.element.dataset.complete="true"}catch(d){e.body.prepend(S("p",{class:"error",role:"alert"},[String(d.message)]));return}const h=new sn(n,_("worldLinks"),"world-links"),g={filter:er(t),first:an,offset:0};h.showQuery(At,g,Lt),h.body.append(S("p",{},[_("zoomIn")]));let y=!1;f.element.classList.add("zoomable"),f.zoomable(d=>{f.element.classList.toggle("zoomed",d>=Se),!(d<Se||y)&&(y=!0,oo(h,g,s,f))})}async function oo(n,t,e,r){const i=await n.load(At,t,Lt);if(!i)return;const{totalCount:o}=i.agreementsConnection,l=[];for(let u=an;u<o;u+=an)l.push(u);try{const u=[i,...await Promise.all(l.map(f=>bn(At,{...t,offset:f})))];let p=0;for(const f of u)for(const{kind:s,parties:c}of f.agreementsConnection.nodes){const[a,h]=c.map(g=>e.get(g.slug));a&&h&&r.arc(a,h,{stroke:Tn[s]??"#555",class:"arc world-link"})&&(p+=1)}n.body.append(S("p",{class:"summary"},[`${p} / ${o} ${_("agreements").toLowerCase()}`])),r.element.dataset.links=String(p)}catch(u){n.fail(u)}}const ao=document.getElementById("view"),rr=document.getElementById("language");async function Dt(){const[n="",t=""]=location.hash.replace(/^#\/?/,"").split("?"),e=n.split("/").filter(Boolean).map(decodeURIComponent),r=S("div",{class:"page"});ao.replaceChildren(r),document.body.dataset.view=e[0]??"world",e[0]==="city"&&e[1]?await Ji(r,e[1]):(e[0]==="path"||e[0]==="pair")&&e[1]&&e[2]?await Promise.all([eo(r,e[1],e[2]),no(r,e[1],e[2])]):e.length===0?await io(r,Object.fromEntries(new URLSearchParams(t))):r.append(S("p",{class:"error",role:"alert"},[`NOT_FOUND: no view at ${location.hash}`])),r.dataset.ready="true"}function ir(){rr.textContent=Tt()==="en"?"한국어":"English"}rr.addEventListener("click",()=>{$e(Tt()==="en"?"ko":"en"),ir(),Dt()});$e(Tt());ir();Vi(document.getElementById("search"),document.getElementById("search-results"));window.addEventListener("hashchange",()=>{Dt()});Dt();
