// Presentation/: every word a person reads, composed in one place: the Phrasebook (referral and
// urgency lines, end screens, chart banners and legend, page labels and the words the page's
// script shows, run's prompts and menus, report headings, node summaries, readable answer
// labels); the tree outline; which way a drawing flows.
//
// May import: Model, Execution, Diagnostics, Internals
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
