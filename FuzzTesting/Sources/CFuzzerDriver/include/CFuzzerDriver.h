#ifndef DTREE_CFUZZERDRIVER_H
#define DTREE_CFUZZERDRIVER_H
/* libFuzzer's entry point for programs with their own main (compiler-rt FuzzerDriver.cpp):
 * runs the fuzzing loop over argv's libFuzzer flags, calling UserCb for every input. */
#include <stddef.h>
#include <stdint.h>
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*UserCb)(const uint8_t *Data, size_t Size));
#endif
