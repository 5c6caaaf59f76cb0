/** The docs page's one script: constant, so the page's policy allows it by its hash. */
export const DOCS_SCRIPT = `
fetch('/api/openapi.json').then(r=>r.json()).then(doc=>{
  const list=document.getElementById('list');list.textContent='';
  for(const [path,ops] of Object.entries(doc.paths)) for(const [method,op] of Object.entries(ops)){
    const d=document.createElement('details');const s=document.createElement('summary');
    const m=document.createElement('code');m.className='m '+method.toUpperCase();m.textContent=method.toUpperCase();
    s.append(m,' ',path,' — ',op.summary+(op['x-permission']?' ['+op['x-permission']+']':''));
    const pre=document.createElement('pre');pre.textContent=JSON.stringify({parameters:op.parameters,requestBody:op.requestBody,responses:op.responses},null,2);
    d.append(s,pre);list.append(d);
  }
});
`;

/** A self-contained API docs page (no CDN: the county intranet has no internet). */
export const DOCS_PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>领雁 API 文档</title>
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0 auto;max-width:1000px;padding:16px;color:#222}
h1{color:#b71c1c}details{border:1px solid #ddd;border-radius:6px;margin:6px 0;padding:6px 10px}
summary{cursor:pointer}code.m{display:inline-block;width:64px;font-weight:bold}
.GET{color:#1565c0}.POST{color:#2e7d32}.PATCH{color:#ef6c00}.PUT{color:#6a1b9a}.DELETE{color:#c62828}
pre{background:#f6f6f6;padding:8px;overflow:auto;font-size:12px}
</style></head><body>
<h1>领雁 Lingyan API</h1>
<p>OpenAPI 3.1: <a href="/api/openapi.json">/api/openapi.json</a>. 登录后写操作需带 <code>X-CSRF-Token</code> 头（值为 <code>lingyan_csrf</code> cookie）；可带 <code>Idempotency-Key</code> 安全重试。</p>
<div id="list">加载中…</div>
<script>${DOCS_SCRIPT}</script></body></html>`;
