#ifndef DTREE_CGRAPHVIZ_SHIM_H
#define DTREE_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#endif
