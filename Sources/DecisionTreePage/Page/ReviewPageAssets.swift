// Page/: the review page's stylesheet and script, fixed text in dtree's source.
//
// Both are wrapped in commented CDATA markers so the page parses as XML too; neither holds
// '</' or ']]>' before its end. The script only follows the transition table the library
// embeds (`dtree-page`.transitions, from `Node.transition`) and builds the DOM with
// textContent, never markup. Their SHA-256 hashes go into the page's Content-Security-Policy.

import DecisionTree

enum ReviewPageAssets {
    /// The stylesheet: screen layout, visible focus, the lit path, and the print packet.
    static let style = """
    /*<![CDATA[*/
    :root { --path: #0050D0; --focus: #E67E00; --fail: #B00020; --pass: #1B6E20; }
    body { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; margin: 0 1.2rem 2rem; color: #1B1B1B; line-height: 1.4; }
    header { border-bottom: 1px solid #CCC; margin-bottom: .8rem; }
    h1 { margin: .8rem 0 .3rem; font-size: 1.6rem; }
    .disclaimer { color: #8A1C1C; font-style: italic; margin: .2rem 0; }
    .facts { color: #555; font-size: .9rem; margin: .15rem 0; }
    .hint { color: #555; font-size: .85rem; }
    main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 1fr); gap: 1.2rem; align-items: start; }
    #side { position: sticky; top: .5rem; }
    .chart { overflow: auto; border: 1px solid #DDD; border-radius: 6px; max-height: 88vh; }
    .chart svg { width: 100%; height: auto; min-width: 640px; }
    section { margin-bottom: 1rem; }
    #stepper-panel, #node-details { border: 1px solid #CCC; border-radius: 6px; padding: .3rem .9rem .8rem; background: #FAFAFA; }
    #node-details { margin-top: 1rem; }
    #stepper h3 { margin: .4rem 0; font-size: 1.15rem; }
    button { font: inherit; padding: .45rem .9rem; margin: .2rem .3rem .2rem 0; border: 2px solid #2B5C9E; border-radius: 5px; background: #FFF; color: #12345E; cursor: pointer; }
    button.answer { display: block; width: 100%; text-align: left; font-weight: bold; }
    button:hover { background: #E3EEFB; }
    button:disabled { border-color: #BBB; color: #888; cursor: default; background: #F2F2F2; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
    fieldset { border: 1px solid #BBB; border-radius: 5px; }
    fieldset label { display: block; padding: .25rem 0; }
    .controls { margin-top: .6rem; border-top: 1px solid #DDD; padding-top: .4rem; }
    #outcome { border: 3px solid var(--path); border-radius: 6px; padding: .5rem .8rem; background: #FFF; }
    #outcome .refer { font-size: 1.3rem; font-weight: bold; margin: .2rem 0; }
    #path li { margin: .15rem 0; }
    .chart g.node { cursor: pointer; }
    .chart g.node:focus { outline: none; }
    .chart g.node:focus-visible polygon, .chart g.node:focus-visible path { stroke: var(--focus); stroke-width: 6px; }
    .chart g.node.selected polygon, .chart g.node.selected path { stroke: var(--focus); stroke-width: 5px; }
    @media screen {
      body.walking .chart g.node, body.walking .chart g.edge { opacity: .45; }
      body.walking .chart g.edge path { stroke-dasharray: 3 4; }
      body.walking .chart g.lit { opacity: 1; }
      body.walking .chart g.edge.lit path { stroke: var(--path); stroke-width: 4px; stroke-dasharray: none; }
      body.walking .chart g.edge.lit polygon { stroke: var(--path); fill: var(--path); }
      body.walking .chart g.node.lit > polygon, body.walking .chart g.node.lit > path, body.walking .chart g.node.lit a > polygon, body.walking .chart g.node.lit a > path { stroke: var(--path); stroke-width: 4px; }
      body.walking .chart g.node.here > polygon, body.walking .chart g.node.here > path, body.walking .chart g.node.here a > polygon, body.walking .chart g.node.here a > path { stroke: var(--path); stroke-width: 8px; stroke-dasharray: 10 4; }
    }
    .chart g.node.changed > polygon, .chart g.node.changed > path, .chart g.node.changed a > polygon, .chart g.node.changed a > path { stroke: #7B1FA2; stroke-width: 5px; stroke-dasharray: 2 3; }
    tr.change-removed td { text-decoration: line-through; }
    table { border-collapse: collapse; width: 100%; font-size: .9rem; }
    th, td { border: 1px solid #CCC; padding: .3rem .45rem; text-align: left; vertical-align: top; }
    th { background: #EEE; }
    tr.fail td { background: #FDECEE; }
    tr.fail td:nth-child(3) { color: var(--fail); font-weight: bold; }
    tr.pass td:nth-child(3) { color: var(--pass); }
    .kind { color: #666; font-size: .8rem; }
    pre { white-space: pre-wrap; font-size: .85rem; background: #F6F6F6; padding: .6rem; }
    .sign-line { margin-top: 1.6rem; font-size: 1rem; }
    @media print {
      @page { size: A4 landscape; margin: 12mm; }
      body { margin: 0; font-size: 10pt; }
      main { display: block; }
      #side, .hint, .noprint, button, #outline-section { display: none !important; }
      .chart { border: none; max-height: none; overflow: visible; }
      header { margin-bottom: 2mm; }
      h1 { margin-top: 0; }
      #diagram h2 { display: none; }
      .chart { page-break-inside: avoid; }
      .chart svg { min-width: 0; width: 100%; max-height: 140mm; }
      #diagram { page-break-after: always; }
      #nodes { page-break-before: always; }
      tr { page-break-inside: avoid; }
      #sign-off { page-break-inside: avoid; }
    }
    /*]]>*/
    """

    /// The script: the stepper, the lit path, node details and replaying a case.
    static let script = #"""
    //<![CDATA[
    (function () {
      "use strict";
      function json(id) { return JSON.parse(document.getElementById(id).textContent); }
      var model = json("dtree-model"), page = json("dtree-page");
      var byId = {};
      model.nodes.forEach(function (node, index) { byId[node.id] = index; });
      var start = byId[model.start];
      var steps = [], current = start;
      var stepper = document.getElementById("stepper"), pathList = document.getElementById("path");
      var backButton = document.getElementById("back"), restartButton = document.getElementById("restart");
      var chart = document.querySelector(".chart svg");

      function make(tag, text, className) {
        var element = document.createElement(tag);
        if (text !== undefined) element.textContent = text;
        if (className) element.className = className;
        return element;
      }
      function specialist(id) {
        var names = model.specialists;
        return names && !Array.isArray(names) && names[id] ? names[id] : id;
      }
      function urgency(node) {
        if (!node.urgency) return "not stated by the tree";
        return (model.urgencies && model.urgencies[node.urgency]) || node.urgency;
      }
      function heading(node) { return node.kind === "refer" ? "Refer to: " + specialist(node.refer) : node.text; }
      function target(index, edge) { return byId[model.nodes[index].edges[edge].to]; }

      // Follows one edge, then every refer step with "next" (the "pass" transition).
      function take(edge, answer) {
        steps.push({ node: current, edge: edge, answer: answer, answered: true });
        current = target(current, edge);
        for (var guard = 0; page.transitions[current] === "pass" && guard <= model.nodes.length; guard++) {
          steps.push({ node: current, edge: 0, answer: "then", answered: false });
          current = target(current, 0);
        }
        show(true);
      }
      function back() {
        while (steps.length) {
          var step = steps.pop();
          current = step.node;
          if (step.answered) break;
        }
        show(true);
      }
      function restart() { steps = []; current = start; show(true); }

      function question(node) {
        var box = make("div");
        box.appendChild(make("h3", node.text));
        node.edges.forEach(function (edge, index) {
          var shown = edge.display || edge.label;
          var button = make("button", shown, "answer");
          button.type = "button";
          button.addEventListener("click", function () { take(index, shown); });
          box.appendChild(button);
        });
        return box;
      }
      function checklist(node) {
        var box = make("fieldset");
        box.appendChild(make("legend", node.text));
        var boxes = node.items.map(function (item, index) {
          var label = make("label"), input = make("input");
          input.type = "checkbox";
          input.value = String(index);
          label.appendChild(input);
          label.appendChild(document.createTextNode(" " + item));
          box.appendChild(label);
          return input;
        });
        // The transition rule: one or more ticked items take edge 0 ("any"), none edge 1.
        var go = make("button", "Go on with the ticked signs", "answer");
        go.type = "button";
        go.addEventListener("click", function () {
          var ticked = boxes.filter(function (input) { return input.checked; })
            .map(function (input) { return node.items[Number(input.value)]; });
          take(ticked.length ? 0 : 1, ticked.length ? ticked.join("; ") : "none apply");
        });
        var none = make("button", "None of these apply", "answer");
        none.type = "button";
        none.addEventListener("click", function () { take(1, "none apply"); });
        box.appendChild(go);
        box.appendChild(none);
        return box;
      }
      function outcome(node) {
        var box = make("div");
        box.id = "outcome";
        box.tabIndex = -1;
        if (node.kind === "refer") {
          box.appendChild(make("p", "Refer to: " + specialist(node.refer), "refer"));
          box.appendChild(make("p", "Urgency: " + urgency(node), "urgency"));
        } else {
          box.appendChild(make("p", "Outcome: " + node.text, "refer"));
        }
        if (node.advice) box.appendChild(make("p", "Advice: " + node.advice, "advice"));
        if (node.help) box.appendChild(make("p", "Help: " + node.help, "help"));
        box.appendChild(make("p", "The whole path is listed below and lit on the diagram."));
        return box;
      }

      function light() {
        document.body.classList.toggle("walking", steps.length > 0);
        chart.querySelectorAll(".lit, .here").forEach(function (g) { g.classList.remove("lit"); g.classList.remove("here"); });
        steps.forEach(function (step) {
          [document.getElementById("n" + step.node), document.getElementById("e" + step.node + "-" + step.edge)]
            .forEach(function (g) { if (g) g.classList.add("lit"); });
        });
        var here = document.getElementById("n" + current);
        if (here) { here.classList.add("lit"); here.classList.add("here"); }
      }

      function show(moveFocus) {
        var node = model.nodes[current];
        stepper.textContent = "";
        var view = page.transitions[current] === "end" ? outcome(node)
          : node.kind === "checklist" ? checklist(node) : question(node);
        stepper.appendChild(view);
        pathList.textContent = "";
        steps.forEach(function (step) {
          pathList.appendChild(make("li", heading(model.nodes[step.node]) + " \u2192 " + step.answer));
        });
        pathList.appendChild(make("li", (page.transitions[current] === "end" ? "Reached: " : "Now: ") + heading(node)));
        backButton.disabled = steps.length === 0;
        light();
        if (moveFocus) {
          var first = stepper.querySelector("input, button") || document.getElementById("outcome");
          if (first) first.focus();
        }
      }

      function details(index) {
        var node = model.nodes[index], panel = document.getElementById("node-details");
        panel.textContent = "";
        panel.appendChild(make("h2", "Node details"));
        panel.appendChild(make("p", heading(node), "detail-heading"));
        panel.appendChild(make("p", "Id: " + node.id + " (" + node.kind + ") in " + page.file));
        if (node.items) {
          var list = make("ul");
          node.items.forEach(function (item) { list.appendChild(make("li", item)); });
          panel.appendChild(list);
        }
        if (node.urgency || node.kind === "refer") panel.appendChild(make("p", "Urgency: " + urgency(node)));
        if (node.advice) panel.appendChild(make("p", "Advice: " + node.advice));
        panel.appendChild(make("p", "Help: " + (node.help || "none")));
        panel.appendChild(make("p", "Source: " + (node.cite || "no cite") + (model.source ? " (" + (model.source.file || model.source) + ")" : "")));
        chart.querySelectorAll("g.selected").forEach(function (g) { g.classList.remove("selected"); });
        var g = document.getElementById("n" + index);
        if (g) g.classList.add("selected");
      }

      chart.querySelectorAll("g.node").forEach(function (g) {
        var index = Number(g.id.slice(1));
        if (!(index in model.nodes)) return;
        g.setAttribute("tabindex", "0");
        g.setAttribute("role", "button");
        g.setAttribute("aria-label", heading(model.nodes[index]) + " (" + model.nodes[index].id + ")");
        g.addEventListener("click", function () { details(index); });
        g.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") { event.preventDefault(); details(index); }
        });
      });
      // Its boxes are now buttons, and an image's children are hidden from screen readers:
      // the chart becomes a group that keeps its name and its outline as description.
      chart.setAttribute("role", "group");
      document.querySelectorAll("button.replay").forEach(function (button) {
        button.addEventListener("click", function () {
          var replay = page.cases[Number(button.getAttribute("data-case"))];
          if (!replay) return;
          steps = replay.steps.map(function (s) { return { node: s[0], edge: s[1], answer: s[2], answered: s[3] }; });
          current = replay.end;
          show(false);
          document.getElementById("diagram").scrollIntoView();
          document.getElementById("stepper-panel").focus();
        });
      });
      // Nodes changed since the older version (--against): marked, and said in their names.
      (page.changed || []).forEach(function (change) {
        var g = document.getElementById("n" + change[0]);
        if (!g) return;
        g.classList.add("changed");
        g.setAttribute("aria-label", "\u270E " + change[1] + ": " + g.getAttribute("aria-label"));
      });
      document.getElementById("stepper-panel").tabIndex = -1;
      backButton.addEventListener("click", back);
      restartButton.addEventListener("click", restart);
      show(false);
    })();
    //]]>
    """#
}
