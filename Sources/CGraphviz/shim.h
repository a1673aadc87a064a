#ifndef DTREE_CGRAPHVIZ_SHIM_H
#define DTREE_CGRAPHVIZ_SHIM_H
/*
 * The part of Graphviz (libgvc, libcgraph) that dtree calls. dtree hands Graphviz a DOT
 * text it wrote itself (agmemread takes a const char *), so it needs none of the
 * agopen/agnode/agedge/agsafeset shims a graph built call by call would need.
 */
#include <graphviz/gvc.h>
#include <stdlib.h>

/* The error level at or above which a message is an error, as a plain int. */
static inline int dtree_gv_error_level(void) { return (int)AGERR; }

#endif
