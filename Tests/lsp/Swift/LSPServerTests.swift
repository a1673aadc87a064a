import DecisionTree
import DecisionTreeLSP
import Foundation
import Testing

/// The language server over an in-memory transport: lifecycle, diagnostics as `dtree validate`
/// gives them, edits, navigation, rename, quick fixes from fix-it data, and bad input.
@Suite struct LSPServerTests {
    typealias JSON = [String: Any]
    let treeURI = LSPTestClient.treeURI
    let scenarioURI = LSPTestClient.scenarioURI

    @Test func initializeShutdownExit() throws {
        let client = LSPTestClient(initialize: false)
        let initialize = client.request("initialize", ["processId": NSNull(), "capabilities": [:] as JSON])
        let result = try #require(initialize["result"] as? JSON)
        #expect((result["serverInfo"] as? JSON)?["name"] as? String == "dtree")
        let capabilities = try #require(result["capabilities"] as? JSON)
        #expect(capabilities["definitionProvider"] as? Bool == true)
        #expect(capabilities["codeActionProvider"] as? Bool == true)
        let shutdown = client.request("shutdown", [:])
        #expect(shutdown.keys.contains("result") && shutdown["error"] == nil)
        client.notify("exit", [:])
        #expect(client.waitForEnd() == 0)
    }

    @Test func exitWithoutShutdownIsStatusOneAndSoIsClosedInput() {
        let client = LSPTestClient()
        client.notify("exit", [:])
        #expect(client.waitForEnd() == 1)
        #expect(LSPTestClient().finish() == 1)
    }

    @Test func aFailedWriteEndsRunWithItsStatus() {
        let client = LSPTestClient(initialize: false)
        client.transport.failSends(with: OutputFailure(descriptor: 1, error: DescriptorWriteError(code: EPIPE)))
        client.post(["jsonrpc": "2.0", "id": 1, "method": "initialize", "params": [:] as JSON])
        #expect(client.waitForEnd() == 141)
    }

    @Test func aTypoedTargetIsPublishedWithCodeSeverityRangeAndMessage() throws {
        let client = LSPTestClient()
        let text = try LSPTestClient.fixtureText("triage.yaml").replacingOccurrences(of: "none: gp_visit", with: "none: gp_vist")
        client.open(treeURI, text)
        let found = try #require(client.diagnostics(treeURI, version: 1))
        try #require(found.count == 1, "\(found)")
        let d = found[0]
        #expect(d["code"] as? String == "unknown-target")
        #expect(d["severity"] as? Int == 1)
        #expect(d["message"] as? String == "'gp_vist' names no node (did you mean 'gp_visit'?)")
        let range = try #require(d["range"] as? JSON)
        #expect(NSDictionary(dictionary: range["start"] as! JSON) == NSDictionary(dictionary: LSPTestClient.position(text, "gp_vist")))
        #expect(
            NSDictionary(dictionary: range["end"] as! JSON) == NSDictionary(dictionary: LSPTestClient.position(text, "gp_vist", offset: 7)))
        _ = client.finish()
    }

    @Test func aNoteIsPublishedAsInformation() throws {
        let client = LSPTestClient()
        let text = try LSPTestClient.fixtureText("triage.yaml").replacingOccurrences(
            of: "title: Fever triage", with: "title: Fever triage\nsource: no-such-guideline.txt")
        client.open(treeURI, text)
        let found = try #require(client.diagnostics(treeURI, version: 1))
        try #require(found.count == 1, "\(found)")
        #expect(found[0]["code"] as? String == "source-not-found")
        #expect(found[0]["severity"] as? Int == 3)
        _ = client.finish()
    }

    @Test func changesFullAndRangedGiveNewDiagnostics() throws {
        let client = LSPTestClient()
        let text = try LSPTestClient.fixtureText("triage.yaml")
        client.open(treeURI, text)
        #expect(client.diagnostics(treeURI, version: 1)?.isEmpty == true)
        // A ranged edit: `home` in `no: home` becomes `hom`.
        let start = LSPTestClient.position(text, "no: home", offset: 4)
        let end = LSPTestClient.position(text, "no: home", offset: 8)
        client.change(treeURI, version: 2, [["range": ["start": start, "end": end] as JSON, "text": "hom"]])
        let second = try #require(client.diagnostics(treeURI, version: 2))
        #expect(second.map { $0["code"] as? String } == ["unknown-target"])
        // A full change puts it right again.
        client.change(treeURI, version: 3, [["text": text]])
        #expect(client.diagnostics(treeURI, version: 3)?.isEmpty == true)
        _ = client.finish()
    }

    @Test func definitionReferencesAndHover() throws {
        let client = LSPTestClient()
        let text = try LSPTestClient.fixtureText("triage.yaml")
        client.open(treeURI, text)
        let definition = try #require(
            client.request("textDocument/definition", LSPTestClient.at(treeURI, LSPTestClient.position(text, "any: skin", offset: 6)))[
                "result"] as? JSON)
        #expect(definition["uri"] as? String == treeURI)
        #expect(
            NSDictionary(dictionary: (definition["range"] as! JSON)["start"] as! JSON)
                == NSDictionary(dictionary: LSPTestClient.position(text, "  skin:", offset: 2)))
        // References: the definition, the tree's target, and the scenario file's expectation (from disk).
        let references = try #require(
            client.request("textDocument/references", LSPTestClient.at(treeURI, LSPTestClient.position(text, "  skin:", offset: 3)))[
                "result"] as? [JSON])
        #expect(references.filter { $0["uri"] as? String == treeURI }.count == 2)
        #expect(references.filter { $0["uri"] as? String == scenarioURI }.count == 1)
        let hover = try #require(
            client.request("textDocument/hover", LSPTestClient.at(treeURI, LSPTestClient.position(text, "any: skin", offset: 6)))["result"]
                as? JSON)
        let value = try #require((hover["contents"] as? JSON)?["value"] as? String)
        #expect(value.contains("**refer** `skin`") && value.contains("refer to: dermatologist"))
        _ = client.finish()
    }

    @Test func completionOffersNodeIDsUrgenciesAndKeys() throws {
        let client = LSPTestClient()
        let text = try LSPTestClient.fixtureText("triage.yaml").replacingOccurrences(of: "    urgency: soon", with: "    urgency: ")
        client.open(treeURI, text)
        let urgencies = try #require(
            client.request("textDocument/completion", LSPTestClient.at(treeURI, LSPTestClient.position(text, "urgency: ", offset: 9)))[
                "result"] as? [JSON])
        #expect(urgencies.compactMap { $0["label"] as? String } == ["routine", "soon", "urgent", "emergency"])
        let ids = try #require(
            client.request("textDocument/completion", LSPTestClient.at(treeURI, LSPTestClient.position(text, "any: skin", offset: 5)))[
                "result"] as? [JSON])
        #expect(ids.compactMap { $0["label"] as? String } == ["fever", "rash", "skin", "gp_visit", "home"])
        _ = client.finish()
    }

    @Test func renameAcrossATreeAndItsScenarioFile() throws {
        let client = LSPTestClient()
        let tree = try LSPTestClient.fixtureText("triage.yaml")
        let scenario = try LSPTestClient.fixtureText("triage.tests.yaml")
        client.open(treeURI, tree)
        client.open(scenarioURI, scenario)
        let response = client.request(
            "textDocument/rename",
            LSPTestClient.at(treeURI, LSPTestClient.position(tree, "  home:", offset: 3)).merging(["newName": "rest"]) { $1 })
        let changes = try #require((response["result"] as? JSON)?["changes"] as? [String: [JSON]])
        let renamedTree = apply(try #require(changes[treeURI]), to: tree)
        let renamedScenario = apply(try #require(changes[scenarioURI]), to: scenario)
        // Ids only: "Rest at home" and the case "no fever stays home" keep their words.
        #expect(
            renamedTree == tree.replacingOccurrences(of: "  home:", with: "  rest:").replacingOccurrences(of: "no: home", with: "no: rest"))
        #expect(renamedScenario == scenario.replacingOccurrences(of: "expect: home", with: "expect: rest"))
        // A name that is not an id is refused.
        let refused = client.request(
            "textDocument/rename",
            LSPTestClient.at(treeURI, LSPTestClient.position(tree, "  home:", offset: 3)).merging(["newName": "not an id"]) { $1 })
        #expect((refused["error"] as? JSON)?["code"] as? Int == -32602)
        _ = client.finish()
    }

    @Test func aQuickFixComesFromTheFixItAndApplyingItClearsTheDiagnostic() throws {
        let client = LSPTestClient()
        let text = try LSPTestClient.fixtureText("triage.yaml").replacingOccurrences(of: "    help: Above", with: "    hlep: Above")
        client.open(treeURI, text)
        let found = try #require(client.diagnostics(treeURI, version: 1))
        #expect(found.map { $0["code"] as? String } == ["unknown-key"])
        // The fix-it travels as data with the diagnostic...
        let fixIts = try #require((found[0]["data"] as? JSON)?["fixIts"] as? [JSON])
        #expect(fixIts.map { $0["newText"] as? String } == ["help"])
        // ...and, from a client that drops `data`, from what the server published.
        var withoutData = found[0]
        withoutData["data"] = nil
        for diagnostic in [found[0], withoutData] {
            let params: JSON = [
                "textDocument": ["uri": treeURI] as JSON, "range": diagnostic["range"]!, "context": ["diagnostics": [diagnostic]] as JSON,
            ]
            let actions = try #require(client.request("textDocument/codeAction", params)["result"] as? [JSON])
            try #require(actions.count == 1)
            #expect(actions[0]["title"] as? String == "Replace with 'help'")
            #expect(actions[0]["kind"] as? String == "quickfix")
        }
        let params: JSON = [
            "textDocument": ["uri": treeURI] as JSON, "range": found[0]["range"]!, "context": ["diagnostics": [found[0]]] as JSON,
        ]
        let action = try #require((client.request("textDocument/codeAction", params)["result"] as? [JSON])?.first)
        let edits = try #require(((action["edit"] as? JSON)?["changes"] as? [String: [JSON]])?[treeURI])
        let fixed = apply(edits, to: text)
        #expect(fixed == (try LSPTestClient.fixtureText("triage.yaml")))
        client.change(treeURI, version: 2, [["text": fixed]])
        #expect(client.diagnostics(treeURI, version: 2)?.isEmpty == true)
        _ = client.finish()
    }

    @Test func aScenarioFileQuickFixReplacesOnlyTheAnswer() throws {
        let client = LSPTestClient()
        let text = try LSPTestClient.fixtureText("triage.tests.yaml").replacingOccurrences(of: "after: rash=any", with: "after: rash=anny")
        client.open(scenarioURI, text)
        let found = try #require(client.diagnostics(scenarioURI, version: 1))
        #expect(found.map { $0["code"] as? String } == ["unknown-answer"])
        let edits = try #require((found.first?["data"] as? JSON)?["fixIts"] as? [JSON])
        #expect(apply(edits, to: text) == (try LSPTestClient.fixtureText("triage.tests.yaml")))
        _ = client.finish()
    }

    @Test func documentSymbolsOnePerNodeAndPerCase() throws {
        let client = LSPTestClient()
        client.open(treeURI, try LSPTestClient.fixtureText("triage.yaml"))
        client.open(scenarioURI, try LSPTestClient.fixtureText("triage.tests.yaml"))
        let nodes = try #require(client.request("textDocument/documentSymbol", ["textDocument": ["uri": treeURI]])["result"] as? [JSON])
        #expect(nodes.compactMap { $0["name"] as? String } == ["fever", "rash", "skin", "gp_visit", "home"])
        #expect(nodes.compactMap { $0["kind"] as? Int } == [12, 10, 19, 19, 14])
        let cases = try #require(client.request("textDocument/documentSymbol", ["textDocument": ["uri": scenarioURI]])["result"] as? [JSON])
        #expect(cases.compactMap { $0["detail"] as? String } == ["case", "case", "invariant", "invariant"])
        _ = client.finish()
    }

    @Test func aRequestBeforeInitializeIsRefusedWithServerNotInitialized() throws {
        // LSP: before initialize, a request is answered with -32002 and a notification dropped.
        let client = LSPTestClient(initialize: false)
        let early = client.request("workspace/noSuchMethod", [:])
        #expect((early["error"] as? JSON)?["code"] as? Int == -32002)
        let hover = client.request("textDocument/hover", LSPTestClient.at(treeURI, ["line": 0, "character": 0]))
        #expect((hover["error"] as? JSON)?["code"] as? Int == -32002)
        client.open(treeURI, "tree: dropped\n")
        #expect((client.request("initialize", ["capabilities": [:] as JSON])["result"] as? JSON) != nil)
        let after = client.request("textDocument/hover", LSPTestClient.at(treeURI, ["line": 0, "character": 0]))
        #expect(after.keys.contains("result") && after["error"] == nil)
        #expect(client.finish() == 1)
    }

    @Test func positionsAtTheLimitsOfAnIntegerAreClamped() throws {
        // A line or character of 2^63 - 1 (or beyond, or negative) is a place past the end or
        // at the start, never an overflow (issue 25, fault 4).
        let client = LSPTestClient()
        let text = try LSPTestClient.fixtureText("triage.yaml")
        client.open(treeURI, text)
        let huge = Int.max
        let positions: [JSON] = [
            ["line": huge, "character": 0], ["line": 0, "character": huge], ["line": huge, "character": huge],
            ["line": -1, "character": -huge], ["line": 1e30, "character": 3],
        ]
        for position in positions {
            for method in [
                "textDocument/hover", "textDocument/definition", "textDocument/completion", "textDocument/references",
                "textDocument/prepareRename",
            ] {
                let answer = client.request(method, LSPTestClient.at(treeURI, position))
                #expect(answer.keys.contains("result"), "\(method) \(position): \(answer)")
            }
            var params = LSPTestClient.at(treeURI, position)
            params["newName"] = "renamed"
            let renamed = client.request("textDocument/rename", params)
            #expect(renamed.keys.contains("result") || renamed.keys.contains("error"), "rename \(position)")
            client.change(treeURI, version: 2, [["range": ["start": position, "end": position], "text": "#"]])
        }
        let hover = client.request("textDocument/hover", LSPTestClient.at(treeURI, LSPTestClient.position(text, "any: skin", offset: 6)))
        #expect(hover["result"] is JSON)
        _ = client.finish()
    }

    @Test func malformedJSONIsAParseErrorAndTheServerGoesOn() throws {
        let client = LSPTestClient()
        client.transport.post(Data("{not json".utf8))
        let error = try #require(client.take { ($0["error"] as? JSON)?["code"] as? Int == -32700 })
        #expect(error["id"] is NSNull)
        let unknown = client.request("workspace/noSuchMethod", [:])
        #expect((unknown["error"] as? JSON)?["code"] as? Int == -32601)
        #expect(client.finish() == 1)
    }
}
