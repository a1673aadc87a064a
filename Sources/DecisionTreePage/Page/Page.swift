// Page/: the review page: one self-contained HTML file with the chart, a stepper, scenario
// results, coverage and sign-offs, safe by construction.
//
// May import: DecisionTree/*, DecisionTreeRendering/Rendering
// Modules: FoundationEssentials, Glibc, Darwin
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
