#ifndef DTREE_CGRAPHVIZ_SHIM_H
#define DTREE_CGRAPHVIZ_SHIM_H
/*
 * The part of Graphviz (libgvc, libcgraph) that dtree calls: its types, and the type of each
 * function dtree looks up. dtree does not link Graphviz: GraphvizGate opens libgvc with dlopen
 * the first time a command renders, so the commands that never draw (validate, run, test,
 * --version) do not pay for loading seven shared libraries. Each `dtree_gv_*_fn` is the exact
 * type the installed header declares, so a lookup cannot be called with the wrong signature.
 * dtree hands Graphviz a DOT text it wrote itself (agmemread takes a const char *), so it needs
 * none of the agopen/agnode/agedge/agsafeset calls a graph built call by call would need.
 */
#include <graphviz/gvc.h>
#include <stdlib.h>

/* The error level at or above which a message is an error, as a plain int. */
static inline int dtree_gv_error_level(void) { return (int)AGERR; }

typedef __typeof__(&gvContext) dtree_gv_context_fn;
typedef __typeof__(&gvLayout) dtree_gv_layout_fn;
typedef __typeof__(&gvFreeLayout) dtree_gv_free_layout_fn;
typedef __typeof__(&gvRenderData) dtree_gv_render_data_fn;
typedef __typeof__(&gvFreeRenderData) dtree_gv_free_render_data_fn;
typedef __typeof__(&agmemread) dtree_ag_memread_fn;
typedef __typeof__(&agclose) dtree_ag_close_fn;
typedef __typeof__(&agseterr) dtree_ag_seterr_fn;
typedef __typeof__(&agseterrf) dtree_ag_seterrf_fn;
typedef __typeof__(&agerrors) dtree_ag_errors_fn;
typedef __typeof__(&agreseterrors) dtree_ag_reseterrors_fn;

#endif
