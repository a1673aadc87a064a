/* Nothing to compile: the header declares a function libFuzzer's runtime defines. SwiftPM
 * wants one source file in a C target. */
#include "CFuzzerDriver.h"
