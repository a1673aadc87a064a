"""Drives dtree's review page in headless Chromium; see Tests/browser/browser-test.sh.

    browser_test.py PAGE_URL OUT_DIR [HOSTILE_URL [DIFF_URL]]   the page, by buttons and keyboard
    browser_test.py --check-pdf TEXT MODEL_JSON      every node's text in the printed page
    browser_test.py --numbers PAGE_URL               a number question's field (docs/examples/laptop.yaml)
    browser_test.py --languages PAGE_URL OUT_DIR     the language switch (knee.yaml, a reviewed knee.ru.po)
"""
import json
import re
import shutil
import sys

failures = []
passes = []


def check(condition, message):
    if condition:
        passes.append(message)
        print("browser-test: ok:", message)
    else:
        print("browser-test: FAIL:", message, file=sys.stderr)
        failures.append(message)


def words(text):
    return " ".join(text.split())


def heading(model, node):
    if node["kind"] == "refer":
        names = model.get("specialists")
        name = names.get(node["refer"], node["refer"]) if isinstance(names, dict) else node["refer"]
        return "Refer to: " + name
    return node["text"]


def check_pdf(text_path, model_path):
    # pdftotext's reading order keeps each table cell's lines together; compare word
    # sequences with punctuation and line breaks dropped.
    flat = " " + " ".join(re.sub(r"[^\w]+", " ", open(text_path, encoding="utf-8").read()).lower().split()) + " "
    model = json.load(open(model_path, encoding="utf-8"))

    def contains(phrase):
        wanted = " ".join(re.sub(r"[^\w]+", " ", phrase).lower().split())
        return (" " + wanted + " ") in flat

    for node in model["nodes"]:
        check(contains(heading(model, node)), "PDF has node %s's text" % node["id"])
        for item in node.get("items", []):
            check(contains(item), "PDF has item %r of %s" % (item, node["id"]))
        if node.get("cite"):
            check(contains(node["cite"]), "PDF has the cite of %s" % node["id"])
    check(contains("Sign-off") and contains("Reviewed by"), "PDF has the sign-off line")
    check(contains("passed") and contains("failed"), "PDF has the test results")


def drive(url, out, hostile=None, diff=None, reroute=None):
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    options = Options()
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1500,1100"):
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))
    try:
        driver.get(url)
        model = json.loads(driver.execute_script("return document.getElementById('dtree-model').textContent"))
        page = json.loads(driver.execute_script("return document.getElementById('dtree-page').textContent"))
        ids = {node["id"]: index for index, node in enumerate(model["nodes"])}
        start = ids[model["start"]]

        def lit():
            nodes = driver.execute_script("return Array.from(document.querySelectorAll('.chart g.node.lit')).map(function (g) { return g.id; })")
            edges = driver.execute_script("return Array.from(document.querySelectorAll('.chart g.edge.lit')).map(function (g) { return g.id; })")
            return set(nodes), set(edges)

        def expect_state(steps, current, label):
            want_nodes = {"n%d" % s[0] for s in steps} | {"n%d" % current}
            want_edges = {"e%d-%d" % (s[0], s[1]) for s in steps}
            check(lit() == (want_nodes, want_edges), "%s: the path is lit on the diagram" % label)

        def follow(current, edge, steps):
            steps = steps + [(current, edge)]
            current = ids[model["nodes"][current]["edges"][edge]["to"]]
            while page["transitions"][current] == "pass":
                steps.append((current, 0))
                current = ids[model["nodes"][current]["edges"][0]["to"]]
            return current, steps

        def stepper_buttons():
            return driver.find_elements(By.CSS_SELECTOR, "#stepper button.answer")

        outcomes_seen = set()

        def explore(current, steps, trail):
            node = model["nodes"][current]
            label = " > ".join(trail) or "start"
            if page["transitions"][current] == "end":
                text = driver.find_element(By.ID, "outcome").text
                check(heading(model, node).replace("Refer to: ", "") in text, "%s: the outcome shows %r" % (label, heading(model, node)))
                if node["kind"] == "refer":
                    check("Urgency: " in text, "%s: the outcome states the urgency as the tree does" % label)
                passed = [page["nodes"][s[0]]["passed"] for s in steps if page["transitions"][s[0]] == "pass"]
                check(all(p in text for p in passed) and (not passed or text.index(passed[-1]) < text.index(heading(model, node).replace("Refer to: ", ""))),
                      "%s: the outcome lists every referral passed on the way first (%d)" % (label, len(passed)))
                expect_state(steps, current, label)
                check(len(driver.find_elements(By.CSS_SELECTOR, "#path li")) == len(steps) + 1, "%s: the whole path is listed" % label)
                outcomes_seen.add(current)
                return
            title = driver.find_element(By.CSS_SELECTOR, "#stepper h3, #stepper legend").text
            check(words(title) == words(node["text"]), "%s: the stepper asks %r" % (label, node["text"]))
            expect_state(steps, current, label)
            if node["kind"] == "checklist":
                choices = [("tick first item", 0), ("none apply", 1)]
            else:
                # The button reads the answer's display label when the tree gives one, else its id.
                choices = [(edge.get("display", edge["label"]), position) for position, edge in enumerate(node["edges"])]
            for name, edge in choices:
                if node["kind"] == "checklist" and edge == 0:
                    driver.find_element(By.CSS_SELECTOR, "#stepper input[type=checkbox]").click()
                    stepper_buttons()[0].click()
                elif node["kind"] == "checklist":
                    stepper_buttons()[1].click()
                else:
                    button = stepper_buttons()[edge]
                    check(button.text == name, "%s: answer button %d reads %r" % (label, edge, name))
                    button.click()
                after, new_steps = follow(current, edge, steps)
                explore(after, new_steps, trail + [node["id"] + "=" + name])
                driver.find_element(By.ID, "back").click()
                check(len(driver.find_elements(By.CSS_SELECTOR, "#path li")) == len(steps) + 1, "%s: back returns to %s" % (label, node["id"]))

        explore(start, [], [])
        terminals = {i for i, t in enumerate(page["transitions"]) if t == "end"}
        check(outcomes_seen == terminals, "every outcome reached by buttons (%d of %d)" % (len(outcomes_seen), len(terminals)))

        # Keyboard alone: restart, tab into the stepper, say none apply, answer the next question.
        body = driver.find_element(By.TAG_NAME, "body")
        driver.find_element(By.ID, "restart").send_keys(Keys.ENTER)
        active = lambda: driver.switch_to.active_element
        check(active().get_attribute("type") in ("checkbox", "button"), "restart moves focus into the stepper")
        for _ in range(20):
            if active().text == "None of these apply":
                break
            active().send_keys(Keys.TAB)
        check(active().text == "None of these apply", "Tab reaches 'None of these apply'")
        active().send_keys(Keys.ENTER)
        current, steps = follow(start, 1, [])
        node = model["nodes"][current]
        first = active()
        check(first.text == node["edges"][0].get("display", node["edges"][0]["label"]), "focus lands on the next question's first answer")
        first.send_keys(Keys.SPACE)
        current, steps = follow(current, 0, steps)
        expect_state(steps, current, "keyboard walk")
        if page["transitions"][current] == "end":
            check(heading(model, model["nodes"][current]).replace("Refer to: ", "") in driver.find_element(By.ID, "outcome").text, "keyboard walk: the outcome is shown")
        # A checkbox ticked with Space, then Go on with Enter.
        driver.find_element(By.ID, "restart").send_keys(Keys.ENTER)
        if model["nodes"][start]["kind"] == "checklist":
            active().send_keys(Keys.SPACE)
            active().send_keys(Keys.TAB)
            for _ in range(10):
                if active().text.startswith("Go on"):
                    break
                active().send_keys(Keys.TAB)
            active().send_keys(Keys.ENTER)
            current, steps = follow(start, 0, [])
            expect_state(steps, current, "keyboard checklist")
        # A diagram node by keyboard: its text, help and cite.
        target = model["nodes"][-1]
        svg_node = driver.find_element(By.ID, "n%d" % (len(model["nodes"]) - 1))
        driver.execute_script("arguments[0].focus()", svg_node)
        active().send_keys(Keys.ENTER)
        details = driver.find_element(By.ID, "node-details").text
        check(target["id"] in details and (target.get("cite", "")[:40] in words(details)), "Enter on a diagram node shows its text and cite")
        check(page["file"] in details, "node details name the source file")

        # Replay every scenario case that has a path.
        replays = driver.find_elements(By.CSS_SELECTOR, "button.replay")
        check(len(replays) > 0, "the page offers replay buttons")
        for button in replays[:3]:
            case = page["cases"][int(button.get_attribute("data-case"))]
            driver.execute_script("arguments[0].scrollIntoView()", button)
            button.click()
            steps = [(s[0], s[1]) for s in case["steps"]]
            expect_state(steps, case["end"], "replay of %r" % case["name"])
        driver.save_screenshot(out + "/review-replay.png")
        # A walk to a referral for the README screenshot.
        driver.find_element(By.ID, "restart").click()
        driver.find_element(By.CSS_SELECTOR, "#stepper input[type=checkbox]").click()
        stepper_buttons()[0].click()
        driver.execute_script("window.scrollTo(0, 0); document.querySelector('.chart').scrollTop = 0")
        driver.save_screenshot(out + "/review-screenshot.png")

        svg_facts = driver.execute_script("var s = document.querySelector('svg'); return [s.getAttribute('role'), document.getElementById(s.getAttribute('aria-labelledby')).textContent, document.getElementById(s.getAttribute('aria-describedby')).textContent]")
        check(svg_facts[0] == "group" and svg_facts[1] == model["title"] and "If " in svg_facts[2], "the interactive diagram is a named group described by the outline")
        errors = [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
        check(not errors, "the console has no errors %s" % errors)
        requests = []
        for entry in driver.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message.get("method") == "Network.requestWillBeSent":
                requests.append(message["params"]["request"]["url"])
        remote = [r for r in requests if not (r.startswith("file://") or r.startswith("data:"))]
        check(requests and not remote, "no request left the page (%d local, remote: %s)" % (len(requests), remote))
        # At 400 px (a phone): stacked, nothing scrolls sideways but the diagram in its box.
        driver.set_window_size(400, 900)
        driver.get(url)
        widths = driver.execute_script(
            "var c = document.querySelector('.chart'); return [document.documentElement.scrollWidth, window.innerWidth, c.scrollWidth, c.clientWidth,"
            " document.getElementById('side').getBoundingClientRect().top, document.getElementById('diagram').getBoundingClientRect().bottom]")
        check(widths[0] <= widths[1], "400 px: the page does not scroll sideways (%d <= %d)" % (widths[0], widths[1]))
        check(widths[2] > widths[3], "400 px: the diagram scrolls sideways inside its own box (%d > %d)" % (widths[2], widths[3]))
        check(widths[4] >= widths[5] - 1, "400 px: the stepper is stacked below the diagram")
        outside = driver.execute_script(
            "return Array.from(document.querySelectorAll('button, input')).filter(function (b) { var r = b.getBoundingClientRect();"
            " return r.width > 0 && (r.left < 0 || r.right > window.innerWidth + 1); }).map(function (b) { return b.textContent; })")
        check(not outside, "400 px: every control is within the width (%s)" % outside)
        # A checklist's "go on" with nothing ticked is refused with a message.
        if model["nodes"][start]["kind"] == "checklist":
            go = [b for b in stepper_buttons() if b.text.startswith("Go on")][0]
            driver.execute_script("arguments[0].scrollIntoView()", go)
            go.click()
            refusal = driver.find_element(By.CSS_SELECTOR, "#stepper .refusal").text
            check(refusal.startswith("Nothing is ticked"), "'go on' with nothing ticked is refused with a message (%r)" % refusal)
            check(len(driver.find_elements(By.CSS_SELECTOR, "#path li")) == 1, "'go on' with nothing ticked does not move on")
        driver.execute_script("document.getElementById('stepper-panel').scrollIntoView()")
        driver.save_screenshot(out + "/review-400px.png")
        driver.execute_script("window.scrollTo(0, 0)")
        driver.save_screenshot(out + "/review-400px-top.png")
        driver.set_window_size(1500, 1100)
        if reroute:
            # The `how_often` re-route: the page lists every changed outcome pair that
            # 'dtree diff' finds, and replays a witness on the diagram.
            driver.get(reroute)
            rpage = json.loads(driver.execute_script("return document.getElementById('dtree-page').textContent"))
            rmodel = json.loads(driver.execute_script("return document.getElementById('dtree-model').textContent"))
            items = driver.find_elements(By.CSS_SELECTOR, "#outcome-changes li")
            check(len(items) == 6 and all(i.text.startswith("neurologist (urgent) → ") for i in items),
                  "re-route: the 6 changed outcome pairs are listed (%s)" % [i.text[:50] for i in items])
            check("None." not in driver.find_element(By.ID, "changes").text.split("Every changed node")[0],
                  "re-route: the changed outcomes are not 'None.'")
            ghosts = driver.execute_script("return document.querySelectorAll('.chart g.edge path[stroke-dasharray]').length")
            check(ghosts >= 1, "re-route: the removed edge is drawn ghosted on the diagram")
            button = driver.find_element(By.CSS_SELECTOR, "button.replay[data-diff='0']")
            driver.execute_script("arguments[0].scrollIntoView()", button)
            driver.execute_script("window.scrollBy(0, -80)")
            driver.save_screenshot(out + "/review-once-changes.png")
            button.click()
            replay = rpage["diffs"][0]
            want_nodes = {"n%d" % s[0] for s in replay["steps"]} | {"n%d" % replay["end"]}
            want_edges = {"e%d-%d" % (s[0], s[1]) for s in replay["steps"]}
            check(lit() == (want_nodes, want_edges), "re-route: the witness is replayed on the diagram")
            text = driver.find_element(By.ID, "outcome").text
            end = rmodel["nodes"][replay["end"]]
            check(end["id"] == "urologist" and "Urologist" in text and "First: Refer to: Therapist" in text,
                  "re-route: the replay ends at the urologist, after the therapist (%r)" % text[:80])
            driver.execute_script("window.scrollTo(0, 0)")
            driver.save_screenshot(out + "/review-once-replayed.png")
        if diff:
            driver.get(diff)
            changed = json.loads(driver.execute_script("return document.getElementById('dtree-page').textContent"))["changed"]
            marked = driver.execute_script("return Array.from(document.querySelectorAll('.chart g.node.changed')).map(function (g) { return g.id; })")
            check(changed and sorted(marked) == sorted("n%d" % c[0] for c in changed), "--against: the %d changed nodes are marked on the diagram" % len(changed))
        if hostile:
            # A tree whose every label tries to break out: nothing runs, nothing is requested.
            driver.get_log("browser")
            driver.get_log("performance")
            driver.get(hostile)
            from selenium.common.exceptions import NoAlertPresentException
            try:
                driver.switch_to.alert
                check(False, "hostile page: no script from a label ran (an alert opened)")
            except NoAlertPresentException:
                check(True, "hostile page: no script from a label ran")
            title = json.loads(driver.execute_script("return document.getElementById('dtree-model').textContent"))["title"]
            check(driver.find_element(By.TAG_NAME, "h1").text == words(title), "hostile page: the title shows as text")
            for button in stepper_buttons()[:1]:
                button.click()
            errors = [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
            check(not errors, "hostile page: the console has no errors %s" % errors)
            remote = [json.loads(e["message"])["message"]["params"]["request"]["url"] for e in driver.get_log("performance")
                      if json.loads(e["message"])["message"].get("method") == "Network.requestWillBeSent"]
            check(all(r.startswith("file://") or r.startswith("data:") for r in remote), "hostile page: no request left the page")
    finally:
        driver.quit()


def drive_numbers(url):
    """The stepper of a tree with number questions: a value typed (its unit may follow) takes
    the range it falls in, exactly at the boundaries; a value out of bounds, not whole where
    whole numbers are asked, or not a number is refused naming the allowed values."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    options = Options()
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1500,1100"):
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))
    try:
        driver.get(url)

        def answer(text, enter=False):
            field = driver.find_element(By.ID, "number-value")
            field.clear()
            field.send_keys(text)
            if enter:
                field.send_keys(Keys.ENTER)
            else:
                driver.find_element(By.CSS_SELECTOR, "#stepper button.answer").click()

        def refusal():
            return driver.find_element(By.CSS_SELECTOR, "#stepper .refusal").text

        def restart():
            driver.find_element(By.ID, "restart").click()

        check("How many hours" not in driver.find_element(By.ID, "stepper").text, "numbers: the walk starts at the budget")
        check("≥ 1200 EUR" in driver.find_element(By.ID, "stepper").text, "numbers: the ranges are listed with their unit")
        for refused in ("cheap", "10001", "-1", "399.5", "400 USD"):
            answer(refused)
            check("is not an allowed value: type a whole number from 0 to 10000 (EUR)" in refusal(),
                  "numbers: %r is refused naming the allowed values" % refused)
        answer("399 eur")
        check("A refurbished business laptop" in driver.find_element(By.ID, "outcome").text, "numbers: 399 EUR takes < 400")
        check("399 EUR" in driver.find_element(By.ID, "path").text, "numbers: the path shows the value with its unit")
        restart()
        answer("400", enter=True)
        check("How many hours" in driver.find_element(By.ID, "stepper").text, "numbers: 400 takes 400 ..< 1200, by keyboard")
        answer("10.49")
        check("A light ultrabook" in driver.find_element(By.ID, "outcome").text, "numbers: 10.49 hours takes 6 ..< 10.5")
        driver.find_element(By.ID, "back").click()
        answer("10.50")
        check("A laptop with a large battery" in driver.find_element(By.ID, "outcome").text, "numbers: 10.50 hours takes >= 10.5 exactly")
        lit = driver.execute_script("return Array.from(document.querySelectorAll('.chart g.edge.lit')).map(function (g) { return g.id; })")
        check(len(lit) == 2, "numbers: the two ranges taken are lit on the diagram (%s)" % lit)
        restart()
        answer("1200")
        check("heavy software" in driver.find_element(By.ID, "stepper").text, "numbers: 1200 takes >= 1200")
        errors = [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
        check(not errors, "numbers: the console has no errors %s" % errors)
    finally:
        driver.quit()


def drive_languages(url, out):
    """The language switch of a page whose tree has a reviewed Russian translation: switching
    re-labels the stepper (question, answers, buttons) and shows the Russian diagram; switching
    back restores the English; a walk in Russian ends on the Russian referral."""
    from selenium import webdriver
    from selenium.webdriver.chrome.options import Options
    from selenium.webdriver.chrome.service import Service
    from selenium.webdriver.common.by import By

    options = Options()
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1300,900"):
        options.add_argument(flag)
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver") or "/usr/bin/chromedriver"))
    try:
        driver.get(url)

        def stepper():
            return driver.find_element(By.ID, "stepper")

        def answers():
            return [b.text for b in driver.find_elements(By.CSS_SELECTOR, "#stepper button.answer")]

        def diagram():
            chart = driver.find_element(By.CSS_SELECTOR, "#diagram .chart")
            return chart.get_attribute("data-lang"), chart.find_element(By.TAG_NAME, "svg").get_attribute("textContent")

        def switch(tag):
            driver.find_element(By.CSS_SELECTOR, '#languages button[data-lang="%s"]' % tag).click()

        offered = [b.get_attribute("data-lang") for b in driver.find_elements(By.CSS_SELECTOR, "#languages button.language")]
        check(offered == ["en", "ru"], "languages: the switch offers en and ru (%s)" % offered)
        check("Is the knee swollen after a fall?" in stepper().text, "languages: the page opens in English")
        lang, svg = diagram()
        check(lang == "en" and "Is the knee swollen" in svg, "languages: the English diagram is shown first")
        switch("ru")
        check(stepper().find_element(By.TAG_NAME, "h3").text == "Колено опухло после падения?",
              "languages: the stepper's question is the Russian one after the switch")
        check(answers() == ["Да, после падения", "Нет"], "languages: the answer buttons are the Russian ones (%s)" % answers())
        lang, svg = diagram()
        check(lang == "ru" and "Колено опухло после падения?" in svg and "Is the knee swollen" not in svg,
              "languages: the diagram shown is the Russian one")
        check(len(driver.find_elements(By.CSS_SELECTOR, ".chart svg")) == 1, "languages: one diagram in the document")
        check(driver.find_element(By.ID, "back").text == "◀ Назад" and driver.find_element(By.ID, "restart").text == "↺ Сначала",
              "languages: Back and Restart are re-labelled in Russian")
        for element, text in (("stepper-heading", "Пройти"), ("path-heading", "Пройденный путь"), ("diagram-heading", "Схема")):
            check(driver.find_element(By.ID, element).text == text, "languages: #%s reads %s" % (element, text))
        check(driver.find_element(By.CSS_SELECTOR, "#node-details .hint").text == "Выберите блок на схеме.",
              "languages: the details panel's hint is Russian")
        check(driver.find_element(By.CSS_SELECTOR, "#languages span").text == "Язык", "languages: the switch's label is Russian")
        check(driver.execute_script("return document.documentElement.lang") == "ru", "languages: the page's lang is ru")
        title = driver.find_element(By.ID, "page-title").text
        check(title == "Боль в колене" and "Боль в колене" in driver.title,
              "languages: the page's heading and title are the Russian ones (%s; %s)" % (title, driver.title))
        facts = driver.find_element(By.ID, "page-facts").text
        check(facts.startswith("Дерево knee") and "файл knee.yaml" in facts, "languages: the facts line is Russian (%s)" % facts)
        check(driver.find_element(By.ID, "content-hash-label").text.startswith("Хеш содержания"),
              "languages: the content hash's label is Russian")
        check(driver.find_element(By.CSS_SELECTOR, '#languages button[data-lang="ru"]').get_attribute("aria-pressed") == "true",
              "languages: the Russian button is pressed")
        driver.save_screenshot(out + "/review-lang-ru.png")
        driver.find_element(By.XPATH, "//div[@id='stepper']//button[text()='Да, после падения']").click()
        outcome = driver.find_element(By.ID, "outcome").text
        check("Ортопед" in outcome, "languages: a walk in Russian ends on the Russian referral (%s)" % outcome)
        lit = driver.execute_script("return document.querySelectorAll('.chart g.lit').length")
        check(lit >= 2, "languages: the path is lit on the Russian diagram (%d)" % lit)
        # A box of the Russian diagram opens its details.
        driver.find_element(By.CSS_SELECTOR, ".chart g.node").click()
        check(driver.find_element(By.CSS_SELECTOR, "#node-details .detail-heading").text != "",
              "languages: a box of the Russian diagram opens its details")
        switch("en")
        lang, svg = diagram()
        check(lang == "en" and "Is the knee swollen" in svg, "languages: switching back shows the English diagram")
        path = driver.find_element(By.ID, "path").text
        check(driver.find_element(By.ID, "back").text == "◀ Back", "languages: Back is English again")
        check(driver.find_element(By.ID, "page-title").text == "Knee pain", "languages: the page's title is English again")
        check("Orthopaedist" in path and "Yes, after a fall" in path and "Да" not in path,
              "languages: the path is read in English again (%s)" % path)
        errors = [entry for entry in driver.get_log("browser") if entry["level"] in ("SEVERE", "ERROR")]
        check(not errors, "languages: the console has no errors %s" % errors)
    finally:
        driver.quit()


if __name__ == "__main__":
    if sys.argv[1] == "--check-pdf":
        check_pdf(sys.argv[2], sys.argv[3])
    elif sys.argv[1] == "--numbers":
        drive_numbers(sys.argv[2])
    elif sys.argv[1] == "--languages":
        drive_languages(sys.argv[2], sys.argv[3])
    else:
        drive(sys.argv[1], sys.argv[2], *sys.argv[3:6])
    print("browser-test: %d passed, %d failed" % (len(passes), len(failures)))
    sys.exit(1 if failures else 0)
