// Export/: the FHIRPath condition under which a walk reaches each node, read from a
// QuestionnaireResponse; computed node by node in topological order without enumerating paths.
// Imports Model/ and Graph/ (GraphAnalysis.topologicalOrder) only.

/// The reachability condition of every node of a tree, in FHIRPath over a
/// QuestionnaireResponse bound to `%resource`.
///
/// A node is reached exactly when, for one of its incoming edges, the edge's source is
/// reached and the source's answer takes that edge (a refer step's `next` needs no answer).
/// Each node's condition is written that way, once, in terms of its predecessors'
/// conditions, which are named variables (`%reachN`) defined in topological order; so no
/// condition repeats another and none is built from paths. A node's expression has one term
/// per incoming edge; a term is a variable reference and one answer test, whose size is that
/// of the node id and the answer label (a checklist's `any` lists its items). The total text
/// is linear in the size of the tree; inlining the variables instead could grow exponentially
/// with the depth of a graph that rejoins (each join doubles what it repeats).
struct FHIRConditions {
    /// The system of the coding that answers a checklist with "none of these".
    static let noneSystem = FHIRExport.baseURL + "/CodeSystem/dtree-checklist"
    /// The code of the coding that answers a checklist with "none of these".
    static let noneCode = "none"

    /// Each node's condition, by node index; `nil` for a node no walk reaches, `"true"` for
    /// the start node.
    let expressions: [String?]
    /// The variables the conditions use, in topological order (each reads only earlier ones):
    /// the reached, non-terminal nodes other than the start.
    let variables: [(name: String, expression: String)]
    /// The edges into each node, by node index: the source node and the edge's position in it.
    let incoming: [[(source: Int, edge: Int)]]

    init(tree: Tree) {
        let count = tree.nodes.count
        var incoming = [[(source: Int, edge: Int)]](repeating: [], count: count)
        for (source, node) in tree.nodes.enumerated() {
            for (position, edge) in node.edges.enumerated() { incoming[edge.target].append((source, position)) }
        }
        let order = GraphAnalysis.topologicalOrder(of: tree) ?? Array(0..<count)
        var reached = [Bool](repeating: false, count: count)
        var expressions = [String?](repeating: nil, count: count)
        var variables: [(name: String, expression: String)] = []
        for index in order {
            if index == tree.start {
                reached[index] = true
                expressions[index] = "true"
                continue
            }
            var terms: [String] = []
            for (source, position) in incoming[index] where reached[source] {
                var parts: [String] = []
                if source != tree.start { parts.append("%" + Self.variableName(of: source)) }
                if let test = Self.answerTest(tree.nodes[source], edge: position) { parts.append(test) }
                terms.append(parts.isEmpty ? "true" : parts.joined(separator: " and "))
            }
            guard !terms.isEmpty else { continue }
            reached[index] = true
            let expression: String
            if terms.contains("true") {
                expression = "true"
            } else if terms.count == 1 {
                expression = terms[0]
            } else {
                expression = terms.map { "(\($0))" }.joined(separator: " or ")
            }
            expressions[index] = expression
            if !tree.nodes[index].edges.isEmpty {
                variables.append((Self.variableName(of: index), expression))
            }
        }
        self.expressions = expressions
        self.variables = variables
        self.incoming = incoming
    }

    /// The variable that holds a node's condition: `reach` and the node's 1-based position in
    /// the file (`reach4`). An Expression's name is a FHIR `id` and a FHIRPath identifier, so it
    /// may hold only letters and digits, which node ids (with `_`, `-`, `.`) need not be.
    static func variableName(of index: Int) -> String { "reach\(index + 1)" }

    /// The answers a QuestionnaireResponse gives to the item of `node`.
    static func answers(of node: Node) -> String {
        "%resource.item.where(linkId = \(FHIRText.literal(node.id))).answer.value"
    }

    /// A range as the comparisons a value in it passes: `>= 18`, `< 50`; none for every number.
    static func comparisons(of interval: NumberInterval) -> [(operator: String, value: ExactDecimal)] {
        var result: [(operator: String, value: ExactDecimal)] = []
        if let lower = interval.lower, let upper = interval.upper, lower == upper { return [("=", lower)] }
        if let lower = interval.lower { result.append((interval.lowerIncluded ? ">=" : ">", lower)) }
        if let upper = interval.upper { result.append((interval.upperIncluded ? "<=" : "<", upper)) }
        return result
    }

    /// The test that `node`'s answer takes edge `position`; `nil` when no answer is needed
    /// (a refer step's `next`).
    static func answerTest(_ node: Node, edge position: Int) -> String? {
        switch node.content {
        case .question:
            let code = FHIRText.code(node.edges[position].answer)
            return answers(of: node) + ".where(code = \(FHIRText.literal(code))).exists()"
        case .number(let number):
            let tests = comparisons(of: number.ranges[position]).map { "$this \($0.operator) \($0.value)" }
            return answers(of: node) + ".where(" + (tests.isEmpty ? "true" : tests.joined(separator: " and ")) + ").exists()"
        case .checklist(let checklist):
            if position == 0 {
                let codes = checklist.items.map { "code = " + FHIRText.literal(FHIRText.code($0)) }
                return answers(of: node) + ".where(system.empty() and (\(codes.joined(separator: " or ")))).exists()"
            }
            return answers(of: node) + ".where(system = \(FHIRText.literal(noneSystem)) and code = \(FHIRText.literal(noneCode))).exists()"
                + " and " + answers(of: node) + ".where(system.empty()).exists().not()"
        case .refer, .outcome:
            return nil
        }
    }
}
