// Renders /openapi.json as a readable page, offline (the stock Swagger UI would load from a CDN).
"use strict";
(async function () {
  const main = document.getElementById("docs");
  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  };
  try {
    const spec = await (await fetch("/openapi.json")).json();
    main.replaceChildren(el("h1", null, `${spec.info.title} API ${spec.info.version}`),
      el("p", "muted", spec.info.summary || ""));
    for (const [path, ops] of Object.entries(spec.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        const box = el("section", "endpoint");
        const head = el("h2");
        head.append(el("span", `method ${method}`, method.toUpperCase()), el("span", null, path));
        box.append(head, el("p", null, op.description || op.summary || ""));
        const params = op.parameters || [];
        if (params.length) {
          const table = el("table", "params");
          const hr = el("tr");
          hr.append(el("th", null, "parameter"), el("th", null, "in"), el("th", null, "type"), el("th", null, "description"));
          table.append(hr);
          for (const p of params) {
            const schema = p.schema || {};
            const type = schema.type || (schema.anyOf || []).map((s) => s.format || s.type || (s.items ? `${s.items.type}[]` : "")).filter((t) => t && t !== "null").join(" | ");
            const row = el("tr");
            row.append(el("td", null, p.name + (p.required ? " *" : "")), el("td", null, p.in), el("td", null, type),
              el("td", null, p.description || schema.description || ""));
            table.append(row);
          }
          box.append(table);
        }
        main.append(box);
      }
    }
  } catch (err) {
    main.replaceChildren(el("p", "error", `Could not load /openapi.json: ${err.message}`));
  }
})();
