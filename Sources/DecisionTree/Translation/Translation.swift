// Translation/: a tree's words in other languages: the stable id of every translatable string
// and its extraction from a tree (TranslatableStrings), the PO file read and written strictly
// (POFile, POReader, POWriter), msgmerge's update of a PO file (POMerge), the checks of a PO file
// against its tree (TranslationCheck), a tree shown in a language (Tree+Translation,
// TreeTranslation), and a translator's sign-off of one language (TranslationSignOff).
//
// May import: Model, Diagnostics, Internals, Input, Output, Presentation, Export, Review
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
