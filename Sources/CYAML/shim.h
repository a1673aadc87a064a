#ifndef DTREE_CYAML_SHIM_H
#define DTREE_CYAML_SHIM_H
/*
 * CYAML/: libyaml (Debian's libyaml-dev), the YAML parser dtree reads every tree, scenario and
 * model file with. Loading/YAMLReader is its only user: it composes libyaml's event stream.
 */
#include <yaml.h>

#endif
