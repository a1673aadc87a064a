// Scenarios/: scenario results as a JUnit XML report for CI.

import FoundationEssentials
#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes test reports as JUnit XML, the shape CI systems (GitHub, GitLab, Jenkins) read.
///
/// One `<testsuite>` per scenario file, one `<testcase>` per case and per invariant; a failing
/// one holds a `<failure>` whose message is the one-line divergence and whose text is the full
/// explanation. A scenario file that could not run is a suite with one `<error>`.
public enum JUnitWriter {
    /// A failure to write the report file.
    public typealias WriteError = FileWriteError

    /// The XML document for `suites`, stamped with `timestamp`.
    static func xml(_ suites: [TestSuiteReport], timestamp: Date = Date()) -> String {
        let stamp = timestamp.formatted(.iso8601)
        let tests = suites.reduce(0) { $0 + ($1.error == nil ? $1.tests.count : 1) }
        let failures = suites.reduce(0) { $0 + $1.failures }
        let errors = suites.filter { $0.error != nil }.count
        let time = suites.reduce(0) { $0 + $1.time }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out +=
            "<testsuites name=\"dtree test\" tests=\"\(tests)\" failures=\"\(failures)\" errors=\"\(errors)\" time=\"\(seconds(time))\">\n"
        for suite in suites {
            let stem = suiteStem(suite.file)
            let count = suite.error == nil ? suite.tests.count : 1
            out +=
                "  <testsuite name=\(attribute(suite.file)) tests=\"\(count)\" failures=\"\(suite.failures)\" "
                + "errors=\"\(suite.error == nil ? 0 : 1)\" skipped=\"0\" time=\"\(seconds(suite.time))\" "
                + "timestamp=\(attribute(stamp)) file=\(attribute(suite.file))>\n"
            if let error = suite.error {
                out += "    <testcase name=\"load\" classname=\(attribute(stem)) file=\(attribute(suite.file)) time=\"0\">\n"
                let text = suite.diagnostics.map(\.summary).joined(separator: "\n")
                out += "      <error message=\(attribute(error)) type=\"load-error\">\(escape(text.isEmpty ? error : text))</error>\n"
                out += "    </testcase>\n"
            }
            for test in suite.tests {
                let classname = "\(stem).\(test.kind.group)"
                out +=
                    "    <testcase name=\(attribute(test.name)) classname=\(attribute(classname)) "
                    + "file=\(attribute(test.file)) line=\"\(test.line)\" time=\"\(seconds(test.time))\""
                if test.passed {
                    out += "/>\n"
                    continue
                }
                let type = test.kind.rule.rawValue
                out += ">\n      <failure message=\(attribute(test.message)) type=\"\(type)\">"
                out += escape("\(test.file):\(test.line):\(test.column)\n" + test.details.joined(separator: "\n"))
                out += "</failure>\n    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        out += "</testsuites>\n"
        return out
    }

    /// Writes the XML for `suites` to `path` atomically: to a temporary file beside it, then renamed over it,
    /// so a reader never sees half a report.
    public static func write(_ suites: [TestSuiteReport], to path: String, timestamp: Date = Date()) throws(WriteError) {
        try AtomicFileWriter.write(Data(xml(suites, timestamp: timestamp).utf8), to: path)
    }

    /// Text escaped for XML character data (``XMLText/escaped(_:)``).
    public static func escape(_ text: String) -> String { XMLText.escaped(text) }

    /// A quoted attribute value (``XMLText/quotedAttribute(_:)``).
    public static func attribute(_ value: String) -> String { XMLText.quotedAttribute(value) }

    /// Seconds with six decimals, `0.000125`, as JUnit readers expect.
    static func seconds(_ value: Double) -> String {
        let micro = Int((max(0, value) * 1_000_000).rounded())
        let fraction = String(micro % 1_000_000)
        return "\(micro / 1_000_000)." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }

    /// `Trees/back-numbness.tests.yaml` → `back-numbness`.
    private static func suiteStem(_ file: String) -> String {
        let name = PathName.name(of: file)
        return name.hasSuffix(TreeFiles.scenarioSuffix) ? String(name.dropLast(TreeFiles.scenarioSuffix.count)) : name
    }
}
