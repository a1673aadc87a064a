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
  var words = page.words;
  function fill(template, first, second) {
    return template.replace(/%([12])/g, function (_, which) { return which === "1" ? first : second; });
  }
  function heading(index) { return page.nodes[index].heading; }
  function target(index, edge) { return byId[model.nodes[index].edges[edge].to]; }

  // Follows one edge, then every refer step with "next" (the "pass" transition).
  function take(edge, answer) {
    steps.push({ node: current, edge: edge, answer: answer, answered: true });
    current = target(current, edge);
    for (var guard = 0; page.transitions[current] === "pass" && guard <= model.nodes.length; guard++) {
      steps.push({ node: current, edge: 0, answer: page.nodes[current].answers[0], answered: false });
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

  function question(node, answers) {
    var box = make("div");
    box.appendChild(make("h3", node.text));
    answers.forEach(function (answer, index) {
      var button = make("button", answer, "answer");
      button.type = "button";
      button.addEventListener("click", function () { take(index, answer); });
      box.appendChild(button);
    });
    return box;
  }
  function checklist(node, answers) {
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
    var go = make("button", words.goOn, "answer");
    go.type = "button";
    // Nothing ticked is refused with a message, as the terminal refuses an empty answer.
    var refusal = make("p", undefined, "refusal");
    refusal.setAttribute("role", "alert");
    go.addEventListener("click", function () {
      var ticked = boxes.filter(function (input) { return input.checked; })
        .map(function (input) { return node.items[Number(input.value)]; });
      if (!ticked.length) { refusal.textContent = words.nothingTicked; return; }
      take(0, ticked.join(words.tickedSeparator));
    });
    var none = make("button", words.noneOfTheseApply, "answer");
    none.type = "button";
    none.addEventListener("click", function () { take(1, answers[1]); });
    box.appendChild(go);
    box.appendChild(none);
    box.appendChild(refusal);
    return box;
  }
  // The end of a walk: every referral passed on the way, in order, then the outcome's lines.
  function outcome(lines) {
    var box = make("div");
    box.id = "outcome";
    box.tabIndex = -1;
    steps.forEach(function (step) {
      var passed = page.nodes[step.node].passed;
      if (!step.answered && passed) box.appendChild(make("p", passed, "passed"));
    });
    lines.forEach(function (line) { box.appendChild(make("p", line[1], line[0])); });
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
    var node = model.nodes[current], shown = page.nodes[current];
    stepper.textContent = "";
    var view = page.transitions[current] === "end" ? outcome(shown.end)
      : node.kind === "checklist" ? checklist(node, shown.answers) : question(node, shown.answers);
    stepper.appendChild(view);
    pathList.textContent = "";
    steps.forEach(function (step) {
      pathList.appendChild(make("li", fill(words.pathStep, heading(step.node), step.answer)));
    });
    pathList.appendChild(make("li", fill(page.transitions[current] === "end" ? words.reached : words.now, shown.heading)));
    backButton.disabled = steps.length === 0;
    light();
    if (moveFocus) {
      var first = stepper.querySelector("input, button") || document.getElementById("outcome");
      if (first) first.focus();
    }
  }

  function details(index) {
    var panel = document.getElementById("node-details");
    panel.textContent = "";
    panel.appendChild(make("h2", words.nodeDetails));
    panel.appendChild(make("p", heading(index), "detail-heading"));
    // Each entry is a paragraph, or a list of items.
    page.nodes[index].details.forEach(function (entry) {
      if (!Array.isArray(entry)) { panel.appendChild(make("p", entry)); return; }
      var list = make("ul");
      entry.forEach(function (item) { list.appendChild(make("li", item)); });
      panel.appendChild(list);
    });
    chart.querySelectorAll("g.selected").forEach(function (g) { g.classList.remove("selected"); });
    var g = document.getElementById("n" + index);
    if (g) g.classList.add("selected");
  }

  chart.querySelectorAll("g.node").forEach(function (g) {
    var index = Number(g.id.slice(1));
    if (!(index in model.nodes)) return;
    g.setAttribute("tabindex", "0");
    g.setAttribute("role", "button");
    g.setAttribute("aria-label", page.nodes[index].name);
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
      // A scenario case (data-case) or a changed outcome's witness (data-diff), walked on NEW.
      var replay = button.hasAttribute("data-diff") ? (page.diffs || [])[Number(button.getAttribute("data-diff"))]
        : page.cases[Number(button.getAttribute("data-case"))];
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
    g.setAttribute("aria-label", fill(words.changedName, change[1], g.getAttribute("aria-label")));
  });
  document.getElementById("stepper-panel").tabIndex = -1;
  backButton.addEventListener("click", back);
  restartButton.addEventListener("click", restart);
  show(false);
})();
//]]>
