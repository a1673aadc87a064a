// Page/: the review page's stylesheet and script, review-page.css and review-page.js beside
// this file, embedded in the binary by SwiftPM.
//
// Both are wrapped in commented CDATA markers so the page parses as XML too; neither holds
// '</' or ']]>' before its end. The script only follows the transition table the library
// embeds (`dtree-page`.transitions, from `Node.transition`) and builds the DOM with
// textContent, never markup. Every word it shows comes precomputed from the phrasebook
// (`dtree-page`.nodes and .words); it composes no phrase, only fills a template's %1 and %2.
// Their SHA-256 hashes go into the page's Content-Security-Policy.

enum ReviewPageAssets {
    /// The stylesheet: screen layout, visible focus, the lit path, and the print packet.
    static let style = text(PackageResources.review_page_css)

    /// The script: the stepper, the lit path, node details and replaying a case.
    static let script = text(PackageResources.review_page_js)

    /// A file's text without the newline that ends it (the page writes its own line breaks).
    private static func text(_ bytes: [UInt8]) -> String {
        let text = String(decoding: bytes, as: UTF8.self)
        return text.hasSuffix("\n") ? String(text.dropLast()) : text
    }
}
