// Presentation/: the words that show a recommendation's basis: the label that marks a node's
// inference as the tree's own words (not the source's), the reassurance styles' legend entries,
// a recommendation's GRADE evidence (or that none is stated), and the strict note that counts
// inferences awaiting review.

extension Phrasebook {
    /// Phrases that show what a node rests on beyond its cite.
    public struct BasisWords: Sendable {
        /// The label before a node's inference, everywhere it is shown.
        public let inferenceLabel: String
        /// The chart's one-line mark on a node with an inference, above its text.
        public let inferenceBanner: String
        /// The legend's entry for the inference mark.
        public let legendInference: String
        /// The legend's entry for an outcome the tree declares reassuring.
        public let legendReassuring: String
        /// The legend's entry for an outcome the tree does not declare reassuring.
        public let legendNotReassuring: String
        /// A recommendation's evidence in GRADE's words: `Evidence (GRADE): certainty C; strength S`.
        public let evidence: @Sendable (_ certainty: String?, _ strength: String?) -> String
        /// What the page says when the tree states no evidence grading.
        public let noEvidence: String
        /// The note `--strict` gives for the inferences of a tree: how many, on which nodes.
        public let inferencesToReview: @Sendable (_ ids: [String]) -> String

        /// English.
        public static let english = BasisWords(
            inferenceLabel: "Inference (the tree's own words, not the source's): ",
            inferenceBanner: "◆ INFERENCE - NOT IN THE SOURCE",
            legendInference: "◆ Inference (not in the source)",
            legendReassuring: "▢ Outcome: reassures",
            legendNotReassuring: "▢ Outcome: not declared reassuring",
            evidence: { certainty, strength in
                "Evidence (GRADE): "
                    + ((certainty.map { ["certainty \($0)"] } ?? []) + (strength.map { ["\($0) recommendation"] } ?? []))
                    .joined(separator: "; ")
            },
            noEvidence: "No evidence grading stated: the tree gives no GRADE certainty or strength for its recommendations.",
            inferencesToReview: { ids in
                "\(ids.count) node\(ids.count == 1 ? " says" : "s say") what is inference (\(ids.joined(separator: ", "))): review each in a hazard or a sign-off note"
            })

        /// Russian.
        public static let russian = BasisWords(
            inferenceLabel: "Вывод дерева (его собственные слова, не слова источника): ",
            inferenceBanner: "◆ ВЫВОД — НЕТ В ИСТОЧНИКЕ",
            legendInference: "◆ Вывод (нет в источнике)",
            legendReassuring: "▢ Итог: успокаивает",
            legendNotReassuring: "▢ Итог: не объявлен успокаивающим",
            evidence: { certainty, strength in
                "Доказательность (GRADE): "
                    + ((certainty.map { ["достоверность: \($0)"] } ?? []) + (strength.map { ["сила рекомендации: \($0)"] } ?? []))
                    .joined(separator: "; ")
            },
            noEvidence: "Оценка доказательности не указана: дерево не даёт для рекомендаций ни достоверности, ни силы по GRADE.",
            inferencesToReview: english.inferencesToReview)
    }
}

extension Node {
    /// The node's inference, labelled as the tree's own words, or `nil` when it states none.
    public func labelledInference(_ words: Phrasebook) -> String? {
        guard let inference, !inference.isEmpty else { return nil }
        return words.basis.inferenceLabel + inference
    }
}
