// The query page. Every value shown comes from documents anyone may write:
// it is set with textContent, never parsed as HTML.
"use strict";

const state = { queries: [], views: false };

function el(tag, text, cls) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (cls) node.className = cls;
  return node;
}

function current() {
  const name = document.getElementById("query").value;
  return state.queries.find((q) => q.name === name);
}

function showParams() {
  const q = current();
  document.getElementById("description").textContent = q ? q.description : "";
  const box = document.getElementById("params");
  box.replaceChildren();
  if (!q) return;
  for (const p of q.params) {
    const label = el("label", p.name + " ");
    const input = el("input");
    input.name = p.name;
    input.value = p.default;
    input.placeholder = p.description;
    input.title = p.description;
    label.appendChild(input);
    label.appendChild(el("small", p.description));
    box.appendChild(label);
  }
}

function formParams() {
  const params = new URLSearchParams();
  params.set("query", document.getElementById("query").value);
  for (const input of document.querySelectorAll("#params input")) {
    if (input.value) params.set(input.name, input.value);
  }
  return params;
}

function cell(binding, name) {
  const td = el("td");
  if (!binding) return td;
  if (name === "evidence" || name === "documents") {
    // One line per piece of evidence (the query joins them with " | ").
    for (const part of binding.value.split(" | ")) td.appendChild(el("div", part, "quote"));
  } else {
    td.textContent = binding.value;
    if (binding.type === "uri") td.className = "iri";
  }
  return td;
}

function render(data) {
  const head = document.querySelector("#results thead");
  const body = document.querySelector("#results tbody");
  head.replaceChildren();
  body.replaceChildren();
  const vars = data.head.vars || [];
  const tr = el("tr");
  for (const v of vars) tr.appendChild(el("th", v));
  head.appendChild(tr);
  for (const row of data.results.bindings) {
    const line = el("tr");
    for (const v of vars) line.appendChild(cell(row[v], v));
    body.appendChild(line);
  }
  return data.results.bindings.length;
}

async function run(event) {
  event.preventDefault();
  const status = document.getElementById("status");
  status.textContent = "running…";
  const params = formParams();
  const reply = await fetch("/api/run?" + params.toString());
  if (!reply.ok) {
    status.textContent = "error: " + (await reply.text());
    return;
  }
  const count = render(await reply.json());
  const cut = reply.headers.get("X-Kzkg-Truncated") === "true" ? " (truncated)" : "";
  status.textContent = count + " row(s)" + cut;
  const link = document.getElementById("view-link");
  link.hidden = !state.views;
  if (state.views) link.href = "/view?" + params.toString();
}

async function start() {
  const reply = await fetch("/api/queries");
  const data = await reply.json();
  state.queries = data.queries;
  state.views = data.views;
  const select = document.getElementById("query");
  for (const q of state.queries) {
    const option = el("option", q.title);
    option.value = q.name;
    select.appendChild(option);
  }
  select.addEventListener("change", showParams);
  document.getElementById("ask").addEventListener("submit", run);
  showParams();
}

start();
