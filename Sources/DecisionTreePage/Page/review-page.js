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

  // The question and items as shown in the page's current language (the model's otherwise).
  function textOf(node) { return page.nodes[current].text || node.text; }
  function itemsOf(node) { var items = page.nodes[current].items; return items && items.length ? items : node.items; }
  function question(node, answers) {
    var box = make("div");
    box.appendChild(make("h3", textOf(node)));
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
    box.appendChild(make("legend", textOf(node)));
    var items = itemsOf(node);
    var boxes = items.map(function (item, index) {
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
        .map(function (input) { return items[Number(input.value)]; });
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
  // Exact comparison of two decimal texts ("-2.5", "37.50"): -1, 0 or 1, with no floating point.
  function compareDecimal(a, b) {
    function parts(text) {
      var negative = text.charAt(0) === "-", body = negative ? text.slice(1) : text;
      var point = body.indexOf("."), whole = point < 0 ? body : body.slice(0, point);
      var fraction = point < 0 ? "" : body.slice(point + 1);
      whole = whole.replace(/^0+/, ""); fraction = fraction.replace(/0+$/, "");
      if (!whole && !fraction) negative = false;
      return { negative: negative, whole: whole, fraction: fraction };
    }
    function magnitude(x, y) {
      if (x.whole.length !== y.whole.length) return x.whole.length < y.whole.length ? -1 : 1;
      if (x.whole !== y.whole) return x.whole < y.whole ? -1 : 1;
      var width = Math.max(x.fraction.length, y.fraction.length);
      var f = x.fraction + "0".repeat(width - x.fraction.length), g = y.fraction + "0".repeat(width - y.fraction.length);
      return f === g ? 0 : f < g ? -1 : 1;
    }
    var x = parts(a), y = parts(b);
    if (x.negative !== y.negative) return x.negative ? -1 : 1;
    var m = magnitude(x, y);
    return x.negative ? -m : m;
  }
  // [lower, lower included, upper, upper included], null where unbounded.
  function within(bounds, value) {
    if (bounds[0] !== null) { var low = compareDecimal(value, bounds[0]); if (low < 0 || (low === 0 && !bounds[1])) return false; }
    if (bounds[2] !== null) { var high = compareDecimal(value, bounds[2]); if (high > 0 || (high === 0 && !bounds[3])) return false; }
    return true;
  }
  // A number question: the value typed (its unit may follow) takes the range it falls in, by
  // the library's rule: allowed (within min and max, whole where integer), then the range.
  function number(node, shown) {
    var spec = shown.number;
    var box = make("div");
    box.appendChild(make("h3", textOf(node)));
    var list = make("ul", undefined, "ranges");
    shown.answers.forEach(function (answer) { list.appendChild(make("li", answer)); });
    box.appendChild(list);
    var label = make("label", words.numberField + " "), input = make("input");
    input.type = "text";
    input.setAttribute("inputmode", "decimal");
    input.id = "number-value";
    label.appendChild(input);
    if (spec.unit) label.appendChild(document.createTextNode(" " + spec.unit));
    box.appendChild(label);
    var go = make("button", words.goOn, "answer");
    go.type = "button";
    var refusal = make("p", undefined, "refusal");
    refusal.setAttribute("role", "alert");
    function submit() {
      var typed = input.value.trim(), text = typed;
      if (spec.unit && text.toLowerCase().endsWith(spec.unit.toLowerCase())) text = text.slice(0, text.length - spec.unit.length).trim();
      var ok = /^[-+]?[0-9]+(\.[0-9]+)?$/.test(text);
      if (ok) text = text.replace(/^\+/, "");
      if (ok && spec.integer && /\.[0-9]*[1-9]/.test(text)) ok = false;
      if (ok && !within(spec.allowed, text)) ok = false;
      var edge = ok ? spec.ranges.findIndex(function (bounds) { return within(bounds, text); }) : -1;
      if (edge < 0) { refusal.textContent = fill(words.numberRefused, typed, spec.allowedText); return; }
      take(edge, text + (spec.unit ? " " + spec.unit : ""));
    }
    go.addEventListener("click", submit);
    input.addEventListener("keydown", function (event) { if (event.key === "Enter") submit(); });
    box.appendChild(go);
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

  // A step's answer as read in the page's current language: an answer's label, re-read; the
  // items ticked or the number typed, as they were given.
  function answerText(step) {
    var kind = model.nodes[step.node].kind;
    if (kind === "number" || (kind === "checklist" && step.edge === 0)) return step.answer;
    return page.nodes[step.node].answers[step.edge];
  }
  function show(moveFocus) {
    var node = model.nodes[current], shown = page.nodes[current];
    stepper.textContent = "";
    var view = page.transitions[current] === "end" ? outcome(shown.end)
      : node.kind === "checklist" ? checklist(node, shown.answers)
      : node.kind === "number" ? number(node, shown) : question(node, shown.answers);
    stepper.appendChild(view);
    pathList.textContent = "";
    steps.forEach(function (step) {
      pathList.appendChild(make("li", fill(words.pathStep, heading(step.node), answerText(step))));
    });
    pathList.appendChild(make("li", fill(page.transitions[current] === "end" ? words.reached : words.now, shown.heading)));
    backButton.disabled = steps.length === 0;
    light();
    if (moveFocus) {
      var first = stepper.querySelector("input, button") || document.getElementById("outcome");
      if (first) first.focus();
    }
  }

  var selected = null;
  function details(index) {
    selected = index;
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

  function setUpChart() {
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
    // Nodes changed since the older version (--against): marked, and said in their names.
    (page.changed || []).forEach(function (change) {
      var g = document.getElementById("n" + change[0]);
      if (!g) return;
      g.classList.add("changed");
      g.setAttribute("aria-label", fill(words.changedName, change[1], g.getAttribute("aria-label")));
    });
  }
  setUpChart();
  // The language switch: each language's nodes and words for the stepper and the details, and
  // its diagram (kept in a template until shown; one diagram is in the document at a time).
  var holder = document.querySelector("#diagram .chart"), charts = {};
  if (holder) charts[holder.getAttribute("data-lang")] = chart;
  document.querySelectorAll("#languages button.language").forEach(function (button) {
    button.addEventListener("click", function () {
      var tag = button.getAttribute("data-lang");
      var entry = (page.languages || []).filter(function (language) { return language.lang === tag; })[0];
      if (!entry || holder.getAttribute("data-lang") === tag) return;
      var fresh = !charts[tag];
      if (fresh) {
        var template = document.querySelector('template.chart-language[data-lang="' + tag + '"]');
        if (!template) return;
        charts[tag] = document.importNode(template.content, true).querySelector("svg");
      }
      page.nodes = entry.nodes;
      words = entry.words;
      holder.replaceChild(charts[tag], chart);
      chart = charts[tag];
      if (fresh) setUpChart();
      holder.setAttribute("data-lang", tag);
      document.documentElement.lang = tag;
      if (entry.rtl) document.documentElement.dir = "rtl"; else document.documentElement.removeAttribute("dir");
      // The header: the tree's title and disclaimer in this language, and dtree's facts lines.
      Object.keys(entry.header || {}).forEach(function (id) {
        var element = document.getElementById(id);
        if (element) element.textContent = entry.header[id];
      });
      if (entry.header && entry.header["document-title"]) document.title = entry.header["document-title"];
      // The stepper's, the diagram's and the details panel's own words.
      backButton.textContent = words.back;
      restartButton.textContent = words.restart;
      [["diagram-heading", words.diagram], ["diagram-hint", words.diagramHint], ["stepper-heading", words.stepperHeading],
        ["path-heading", words.pathSoFar]].forEach(function (pair) {
        var element = document.getElementById(pair[0]);
        if (element) element.textContent = pair[1];
      });
      document.getElementById("diagram").setAttribute("aria-label", words.diagram);
      document.getElementById("stepper-panel").setAttribute("aria-label", words.stepperName);
      var panel = document.getElementById("node-details");
      panel.setAttribute("aria-label", words.nodeDetails);
      if (selected === null) {
        panel.textContent = "";
        panel.appendChild(make("h2", words.nodeDetails));
        panel.appendChild(make("p", words.chooseABox, "hint"));
      }
      var nav = document.getElementById("languages");
      nav.setAttribute("aria-label", words.languages);
      nav.firstChild.textContent = words.languages + " ";
      document.querySelectorAll("#languages button.language").forEach(function (other) {
        other.setAttribute("aria-pressed", other === button ? "true" : "false");
      });
      show(false);
      if (selected !== null) details(selected);
    });
  });
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
  document.getElementById("stepper-panel").tabIndex = -1;
  backButton.addEventListener("click", back);
  restartButton.addEventListener("click", restart);
  show(false);
})();
//]]>
