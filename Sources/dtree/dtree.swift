// dtree: the command line: one file per subcommand; it parses arguments and prints, the libraries
// decide.
//
// May import: DecisionTree/*, DecisionTreeRendering/*, DecisionTreePage/*, DecisionTreeLSP/*
// Modules: FoundationEssentials, Glibc, Darwin, ArgumentParser
//
// This file holds no code: it is the folder's manifest, read by Tests/Unit/Architecture.
