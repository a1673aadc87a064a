// Export/: FHIR's `translation` extension on the exported texts: a Questionnaire item's text,
// its answers' displays and its help; a PlanDefinition action's title and description.

/// One language of a FHIR export: the tree as shown in it (same nodes, same order) and dtree's
/// own words in it.
public struct FHIRTranslation: Sendable {
    /// The language code (`ru`).
    public var language: String
    /// The tree with its texts in that language (see `Tree.translated(by:)`).
    public var tree: Tree
    /// dtree's own words in that language ("Refer to …" in action titles).
    public var words: Phrasebook

    /// Creates one language of an export.
    public init(language: String, tree: Tree, words: Phrasebook) {
        self.language = language
        self.tree = tree
        self.words = words
    }
}

extension FHIRExport {
    /// The languages of the export being written; empty for none.
    @TaskLocal static var translations: [FHIRTranslation] = []

    /// The FHIR Bundle of `tree` as pretty-printed JSON, with a `translation` extension
    /// (`http://hl7.org/fhir/StructureDefinition/translation`: `lang` and `content`) on each
    /// text that `translations` give in another wording than the source.
    public static func text(_ tree: Tree, translations: [FHIRTranslation]) -> String {
        $translations.withValue(translations) { text(tree) }
    }

    static let translationURL = "http://hl7.org/fhir/StructureDefinition/translation"

    /// `("_FIELD", {extension: [translation…]})` for the texts `translated` gives each language
    /// that differ from `source`; `nil` when none does.
    static func translationField(_ field: String, source: String?, _ translated: (FHIRTranslation) -> String?) -> (String, JSONValue?) {
        var extensions: [JSONValue] = []
        for translation in translations {
            guard let text = translated(translation), text != source, let content = string(text) else { continue }
            extensions.append(
                .object([
                    ("url", .string(translationURL)),
                    (
                        "extension",
                        .array([
                            .object([("url", .string("lang")), ("valueCode", .string(translation.language))]),
                            .object([("url", .string("content")), ("valueString", content)]),
                        ])
                    ),
                ]))
        }
        return ("_" + field, extensions.isEmpty ? nil : .object([("extension", .array(extensions))]))
    }
}
