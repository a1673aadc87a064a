// Export/: a tree as an HL7 FHIR R4 Bundle (collection): a Questionnaire that asks the
// questions, a PlanDefinition of eca-rule actions for the referrals and outcomes, and one
// ActivityDefinition per specialist. Imports Model/ and Graph/ (for the topological order the
// conditions are computed in, see FHIRConditions); the mapping is documented in docs/fhir.md.

/// A tree as one FHIR R4 `Bundle` of type `collection`, as pretty-printed JSON.
///
/// - The **Questionnaire** has one `choice` item per question and checklist, in file order;
///   `linkId` is the node id and each answer label (or checklist item) is an option coded by
///   itself. A checklist repeats and has one more, exclusive option, "None of these"
///   (system ``FHIRConditions/noneSystem``, code `none`): the one way a response answers
///   "none". Each item but the start is enabled by `enableWhen` (behaviour `any`) and by the
///   SDC `enableWhenExpression`, both true exactly when a walk reaches the node.
/// - The **PlanDefinition** (`eca-rule`) has one action per refer step and outcome, `id` the
///   node id, with an `applicability` condition in FHIRPath true exactly for the responses
///   whose walk passes the node; a referral's `priority` follows ``FHIRExport/priority(of:)``.
/// - One **ActivityDefinition** (kind `ServiceRequest`) per specialist, the refer actions'
///   `definitionCanonical`.
///
/// Conditions read the response as `%resource` and share sub-expressions through variables
/// (see ``FHIRConditions``). Nodes no walk reaches are left out. Everything is a function of
/// the tree (no dates or random ids), so two exports of a tree are byte-identical.
public enum FHIRExport {
    /// The base of every canonical URL and `fullUrl` the export writes: a placeholder under
    /// the reserved `example` domain, for a publisher to replace with its own.
    public static let baseURL = "https://dtree.example/fhir"

    /// The FHIR `request-priority` code for a referral's urgency: routine → `routine`,
    /// soon → `urgent`, urgent → `asap`, emergency → `stat` (the order is kept). A refer step
    /// that states no urgency gets no `priority` at all: the export says only what the tree says.
    public static func priority(of urgency: Urgency) -> String {
        switch urgency {
        case .routine: "routine"
        case .soon: "urgent"
        case .urgent: "asap"
        case .emergency: "stat"
        }
    }

    /// The Bundle's JSON text, pretty-printed (keys in insertion order), ending in a newline.
    public static func text(_ tree: Tree) -> String { bundle(tree).text(.pretty) + "\n" }

    static let sdc = "http://hl7.org/fhir/uv/sdc/StructureDefinition/"
    static let core = "http://hl7.org/fhir/StructureDefinition/"

    static func bundle(_ tree: Tree) -> JSONValue {
        let conditions = FHIRConditions(tree: tree)
        let treeID = FHIRText.id(tree.id) ?? "tree"
        let specialists = activityDefinitionIDs(tree, treeID: treeID)
        var resources: [(type: String, id: String, resource: JSONValue)] = [
            ("Questionnaire", treeID, questionnaire(tree, treeID: treeID, conditions: conditions)),
            ("PlanDefinition", treeID, planDefinition(tree, treeID: treeID, conditions: conditions, specialists: specialists)),
        ]
        for (specialist, id) in specialists.ordered {
            resources.append(("ActivityDefinition", id, activityDefinition(tree, specialist: specialist, id: id)))
        }
        return .object([
            ("resourceType", .string("Bundle")),
            ("id", .string(treeID)),
            ("type", .string("collection")),
            (
                "entry",
                .array(
                    resources.map { entry in
                        .object([
                            ("fullUrl", .string(url(entry.type, entry.id))),
                            ("resource", entry.resource),
                        ])
                    })
            ),
        ])
    }

    static func url(_ type: String, _ id: String) -> String { "\(baseURL)/\(type)/\(id)" }

    /// A FHIR string, or `nil` when the text is absent or blank.
    static func string(_ text: String?) -> JSONValue? {
        guard let text else { return nil }
        let clean = FHIRText.string(text)
        return clean.contains(where: { !$0.isWhitespace }) ? .string(clean) : nil
    }

    /// A FHIR markdown value that renders as the literal text, or `nil` when blank.
    static func markdown(_ text: String?) -> JSONValue? {
        guard let text, string(text) != nil else { return nil }
        return .string(FHIRText.markdown(text))
    }

    static func expression(_ text: String, name: String? = nil) -> JSONValue {
        .object([
            ("name", name.map(JSONValue.string)),
            ("language", .string("text/fhirpath")),
            ("expression", .string(text)),
        ])
    }

    static func variables(_ conditions: FHIRConditions) -> JSONValue {
        .array(
            conditions.variables.map { variable in
                .object([
                    ("url", .string(core + "variable")),
                    ("valueExpression", expression(variable.expression, name: variable.name)),
                ])
            })
    }

    /// The metadata every resource of the export starts with.
    static func header(_ type: String, id: String, tree: Tree, title: String, variables: JSONValue? = nil) -> [(String, JSONValue?)] {
        let approved = tree.currentSignOff  // One content hash per resource.
        return [
            ("resourceType", .string(type)),
            ("id", .string(id)),
            ("extension", variables),
            ("url", .string(url(type, id))),
            ("version", string(tree.version)),
            ("name", type == "ActivityDefinition" ? nil : .string(FHIRText.computableName(tree.id))),
            ("title", string(title)),
            // Active only while the latest sign-off approved exactly this model; draft otherwise.
            ("status", .string(approved == nil ? "draft" : "active")),
            ("approvalDate", approved.map { .string($0.date) }),
            // Of the three resources only PlanDefinition and ActivityDefinition carry reviewers in R4.
            (
                "reviewer",
                type == "Questionnaire"
                    ? nil
                    : approved.map { signOff in
                        .array([.object([("name", string("\(signOff.by), \(signOff.role)"))])])
                    }
            ),
        ]
    }

    // MARK: Questionnaire

    static func questionnaire(_ tree: Tree, treeID: String, conditions: FHIRConditions) -> JSONValue {
        var items: [JSONValue] = []
        for (index, node) in tree.nodes.enumerated() {
            guard node.kind == .question || node.kind == .number || node.kind == .checklist, let condition = conditions.expressions[index]
            else { continue }
            items.append(item(node, index: index, in: tree, condition: condition, conditions: conditions))
        }
        return .object(
            header("Questionnaire", id: treeID, tree: tree, title: tree.title, variables: variables(conditions)) + [
                ("subjectType", .array([.string("Patient")])),
                ("purpose", markdown(tree.disclaimer)),
                ("item", .array(items)),
            ])
    }

    /// An answer's coding: its id as the code, shown as the code unless a label is given;
    /// `translated` gives the display in each language of the export.
    static func coding(_ answer: String, label: String? = nil, translated: ((FHIRTranslation) -> String?)? = nil) -> JSONValue {
        let code = FHIRText.code(answer)
        let display = label.map(FHIRText.string) ?? code
        var fields: [(String, JSONValue?)] = [("code", .string(code)), ("display", .string(display))]
        if let translated { fields.append(translationField("display", source: display, translated)) }
        return .object(fields)
    }

    /// The coding of a question's answer: its id as the code, its display label as the display;
    /// with the node's `index`, the display's translations too (an answer option, not a condition).
    static func coding(ofEdge position: Int, of node: Node, index: Int? = nil) -> JSONValue {
        let edge = node.edges[position]
        let label = edge.label.map { _ in node.readableLabel(ofEdge: position) }
        guard let index else { return coding(edge.answer, label: label) }
        return coding(edge.answer, label: label) { $0.tree.nodes[index].readableLabel(ofEdge: position) }
    }

    static let noneCoding: JSONValue = .object([
        ("system", .string(FHIRConditions.noneSystem)),
        ("code", .string(FHIRConditions.noneCode)),
        ("display", .string(Phrasebook.english.node.noneOfThese)),
    ])

    static func item(_ node: Node, index: Int, in tree: Tree, condition: String, conditions: FHIRConditions) -> JSONValue {
        var extensions: [JSONValue] = []
        let always = condition == "true"
        if !always {
            extensions.append(
                .object([
                    ("url", .string(sdc + "sdc-questionnaire-enableWhenExpression")),
                    ("valueExpression", expression(condition)),
                ]))
        }
        if let cite = string(node.cite) {
            extensions.append(.object([("url", .string(core + "cqf-citation")), ("valueString", cite)]))
        }
        var options = node.edges.indices.map { JSONValue.object([("valueCoding", coding(ofEdge: $0, of: node, index: index))]) }
        if case .checklist(let checklist) = node.content {
            options = checklist.items.enumerated().map { position, item in
                .object([("valueCoding", coding(item) { $0.tree.nodes[index].items[position] })])
            }
            options.append(
                .object([
                    (
                        "extension",
                        .array([
                            .object([
                                ("url", .string(core + "questionnaire-optionExclusive")),
                                ("valueBoolean", .bool(true)),
                            ])
                        ])
                    ),
                    ("valueCoding", noneCoding),
                ]))
        }
        var enableWhen = always ? [] : enableWhen(into: index, in: tree, conditions: conditions)
        var behaviour = "any"
        func isMark(_ value: JSONValue) -> Bool {
            if case .null = value { return true }
            return false
        }
        if enableWhen.contains(where: isMark) {
            // A two-sided range (18 ..< 50) needs two comparisons that must both hold: `all`
            // when it is the only way in, else only the enableWhenExpression can say it.
            let real = enableWhen.filter { !isMark($0) }
            if enableWhen.count == 3, real.count == 2 {
                enableWhen = real
                behaviour = "all"
            } else {
                enableWhen = []
            }
        }
        if case .number(let number) = node.content {
            return numberItem(node, number, extensions: extensions, enableWhen: enableWhen, behaviour: behaviour)
        }
        var help: [JSONValue] = []
        if let text = string(node.labelledInference(.english)) {
            help.append(.object([("linkId", .string(node.id + "/inference")), ("text", text), ("type", .string("display"))]))
        }
        if let text = string(node.help) {
            help.append(
                .object([
                    (
                        "extension",
                        .array([
                            .object([
                                ("url", .string(core + "questionnaire-itemControl")),
                                (
                                    "valueCodeableConcept",
                                    .object([
                                        (
                                            "coding",
                                            .array([
                                                .object([
                                                    ("system", .string("http://hl7.org/fhir/questionnaire-item-control")),
                                                    ("code", .string("help")),
                                                    ("display", .string("Help-Button")),
                                                ])
                                            ])
                                        )
                                    ])
                                ),
                            ])
                        ])
                    ),
                    ("linkId", .string(node.id + "/help")),
                    ("text", text),
                    translationField("text", source: node.help) { $0.tree.nodes[index].help },
                    ("type", .string("display")),
                ]))
        }
        return .object([
            ("extension", .array(extensions)),
            ("linkId", .string(node.id)),
            ("text", string(node.prompt) ?? .string(node.id)),
            translationField("text", source: node.prompt) { $0.tree.nodes[index].prompt },
            ("type", .string("choice")),
            ("enableWhen", .array(enableWhen)),
            ("enableBehavior", enableWhen.isEmpty ? nil : .string(behaviour)),
            ("repeats", node.kind == .checklist ? .bool(true) : nil),
            ("answerOption", .array(options)),
            ("item", .array(help)),
        ])
    }

    /// A number question's item: `integer` or `decimal`, its bounds as `minValue`/`maxValue`
    /// and its unit as `questionnaire-unit`.
    static func numberItem(
        _ node: Node, _ number: Node.NumberQuestion, extensions: [JSONValue], enableWhen: [JSONValue], behaviour: String
    ) -> JSONValue {
        var extensions = extensions
        let valueKey = number.integer ? "valueInteger" : "valueDecimal"
        if let minimum = number.minimum {
            extensions.append(.object([("url", .string(core + "minValue")), (valueKey, minimum.jsonValue)]))
        }
        if let maximum = number.maximum {
            extensions.append(.object([("url", .string(core + "maxValue")), (valueKey, maximum.jsonValue)]))
        }
        if let unit = number.unit {
            extensions.append(
                .object([
                    ("url", .string(core + "questionnaire-unit")),
                    ("valueCoding", .object([("system", .string("http://unitsofmeasure.org")), ("display", .string(unit))])),
                ]))
        }
        return .object([
            ("extension", .array(extensions)),
            ("linkId", .string(node.id)),
            ("text", .string(number.text)),
            ("type", .string(number.integer ? "integer" : "decimal")),
            ("enableWhen", .array(enableWhen)),
            ("enableBehavior", enableWhen.isEmpty ? nil : .string(behaviour)),
        ])
    }

    /// One `enableWhen` per answer that leads to the node, looking back through refer steps
    /// (which are not items): a question's answer, each item of a checklist's `any`, or a
    /// checklist's "None of these". Each refer step has one edge out, so each is looked
    /// through once and the work is linear.
    static func enableWhen(into index: Int, in tree: Tree, conditions: FHIRConditions) -> [JSONValue] {
        var out: [JSONValue] = []
        var stack = Array(conditions.incoming[index].reversed())
        while let (source, position) = stack.popLast() {
            guard conditions.expressions[source] != nil else { continue }
            let node = tree.nodes[source]
            func when(_ answer: JSONValue) -> JSONValue {
                .object([("question", .string(node.id)), ("operator", .string("=")), ("answerCoding", answer)])
            }
            switch node.content {
            case .question:
                out.append(when(coding(ofEdge: position, of: node)))
            case .number(let number):
                let comparisons = FHIRConditions.comparisons(of: number.ranges[position])
                let key = number.integer ? "answerInteger" : "answerDecimal"
                // A two-sided range is marked (null first) for the item to combine or drop.
                if comparisons.count == 2 { out.append(.null) }
                for comparison in comparisons {
                    out.append(
                        .object([
                            ("question", .string(node.id)), ("operator", .string(comparison.operator)),
                            (key, comparison.value.jsonValue),
                        ]))
                }
            case .checklist(let checklist):
                if position == 0 { out += checklist.items.map { when(coding($0)) } } else { out.append(when(noneCoding)) }
            case .refer, .outcome:
                stack += conditions.incoming[source].reversed()
            }
        }
        return out
    }

    // MARK: PlanDefinition

    /// A recommendation's GRADE evidence as FHIR's cqf-qualityOfEvidence and
    /// cqf-strengthOfRecommendation extensions; `nil` when the node states none.
    static func evidenceExtensions(_ evidence: Evidence?) -> JSONValue? {
        guard let evidence else { return nil }
        var extensions: [JSONValue] = []
        if let certainty = evidence.certainty {
            extensions.append(
                gradeExtension(
                    "cqf-qualityOfEvidence", system: "http://terminology.hl7.org/CodeSystem/evidence-quality",
                    code: certainty == .veryLow ? "very-low" : certainty.rawValue, display: certainty.rawValue))
        }
        if let strength = evidence.strength {
            extensions.append(
                gradeExtension(
                    "cqf-strengthOfRecommendation", system: "http://terminology.hl7.org/CodeSystem/recommendation-strength",
                    code: strength.rawValue, display: strength.rawValue))
        }
        return extensions.isEmpty ? nil : .array(extensions)
    }

    private static func gradeExtension(_ name: String, system: String, code: String, display: String) -> JSONValue {
        .object([
            ("url", .string(core + name)),
            (
                "valueCodeableConcept",
                .object([
                    ("coding", .array([.object([("system", .string(system)), ("code", .string(code)), ("display", .string(display))])]))
                ])
            ),
        ])
    }

    static func planDefinition(
        _ tree: Tree, treeID: String, conditions: FHIRConditions, specialists: (ordered: [(String, String)], byName: [String: String])
    ) -> JSONValue {
        var actions: [JSONValue] = []
        for (index, node) in tree.nodes.enumerated() {
            guard let condition = conditions.expressions[index] else { continue }
            let title: String
            var priority: JSONValue?
            var definition: JSONValue?
            switch node.content {
            case .refer(let referral):
                title = Phrasebook.english.referral.action(tree.displayName(ofSpecialist: referral.specialist))
                // An urgency the tree does not state is not invented: the action has no priority.
                priority = referral.urgencyStated ? .string(Self.priority(of: referral.urgency)) : nil
                definition = specialists.byName[referral.specialist].map { .string(url("ActivityDefinition", $0)) }
            case .outcome(let outcome):
                title = outcome.text
            case .question, .number, .checklist:
                continue
            }
            let citation = markdown(node.cite).map { cite in
                JSONValue.object([("type", .string("citation")), ("citation", cite)])
            }
            // The tree's own words, labelled as inference so no reader takes them for the source's.
            let inference = string(node.labelledInference(.english)).map { text in
                JSONValue.object([("type", .string("documentation")), ("label", .string("inference")), ("display", text)])
            }
            let documentation = [citation, inference].compactMap { $0 }
            actions.append(
                .object([
                    ("extension", evidenceExtensions(node.evidence)),
                    ("id", .string(node.id)),
                    ("title", string(title)),
                    translationField("title", source: title) { translation in
                        let shown = translation.tree.nodes[index]
                        switch shown.content {
                        case .refer(let referral):
                            return translation.words.referral.action(translation.tree.displayName(ofSpecialist: referral.specialist))
                        case .outcome(let outcome): return outcome.text
                        case .question, .number, .checklist: return nil
                        }
                    },
                    ("description", string(node.advice)),
                    translationField("description", source: node.advice) { $0.tree.nodes[index].advice },
                    ("priority", priority),
                    ("documentation", documentation.isEmpty ? nil : .array(documentation)),
                    (
                        "condition",
                        .array([
                            .object([
                                ("kind", .string("applicability")),
                                ("expression", expression(condition)),
                            ])
                        ])
                    ),
                    ("definitionCanonical", definition),
                ]))
        }
        var artifacts: [JSONValue] = [
            .object([
                ("type", .string("depends-on")),
                ("display", .string("The Questionnaire whose response the conditions read as %resource")),
                ("resource", .string(url("Questionnaire", treeID))),
            ])
        ]
        if let source = string(tree.source.map { document in document.title.map { "\($0) (\(document.file))" } ?? document.file }) {
            artifacts.append(.object([("type", .string("derived-from")), ("display", source)]))
        }
        return .object(
            header("PlanDefinition", id: treeID, tree: tree, title: tree.title, variables: variables(conditions)) + [
                (
                    "type",
                    .object([
                        (
                            "coding",
                            .array([
                                .object([
                                    ("system", .string("http://terminology.hl7.org/CodeSystem/plan-definition-type")),
                                    ("code", .string("eca-rule")),
                                    ("display", .string("ECA Rule")),
                                ])
                            ])
                        )
                    ])
                ),
                ("purpose", markdown(tree.disclaimer)),
                ("usage", string(tree.disclaimer)),
                ("relatedArtifact", .array(artifacts)),
                ("action", .array(actions)),
            ])
    }

    // MARK: ActivityDefinition

    /// The specialists (declared ones first, then in the order refer steps name them) and the
    /// id of each one's ActivityDefinition: the tree id and the specialist as a FHIR id,
    /// numbered when two would be equal.
    static func activityDefinitionIDs(_ tree: Tree, treeID: String) -> (ordered: [(String, String)], byName: [String: String]) {
        var names = tree.specialists ?? []
        for node in tree.nodes { if let referral = node.referral { names.append(referral.specialist) } }
        var ordered: [(String, String)] = []
        var byName: [String: String] = [:]
        var used = Set<String>()
        for name in names where byName[name] == nil {
            let base = FHIRText.id(String(treeID.prefix(20)) + "-" + name).map { String($0.prefix(56)) } ?? String(treeID.prefix(56))
            var id = base
            var number = 2
            while used.contains(id) {
                id = "\(base)-\(number)"
                number += 1
            }
            used.insert(id)
            byName[name] = id
            ordered.append((name, id))
        }
        return (ordered, byName)
    }

    static func activityDefinition(_ tree: Tree, specialist: String, id: String) -> JSONValue {
        .object(
            header(
                "ActivityDefinition", id: id, tree: tree,
                title: Phrasebook.english.referral.service(tree.displayName(ofSpecialist: specialist))) + [
                    ("kind", .string("ServiceRequest")),
                    ("intent", .string("proposal")),
                    ("code", .object([("text", string(specialist) ?? .string(id))])),
                ])
    }
}

extension JSONValue {
    /// An object from key–value pairs, dropping `nil` values and empty arrays, so optional
    /// fields of a tree that are absent never become empty FHIR elements. (Where every value is
    /// present, Swift picks the plain ``JSONValue/object(_:)`` case, which keeps empty arrays.)
    fileprivate static func object(_ fields: [(String, JSONValue?)]) -> JSONValue {
        .object(
            fields.compactMap { key, value in
                guard let value else { return nil }
                if case .array(let items) = value, items.isEmpty { return nil }
                return (key, value)
            })
    }
}
