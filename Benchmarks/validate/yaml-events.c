/* The floor for `dtree validate` of a large file: libyaml's bare event parse, in C.
 * Reads the file into memory (as dtree does), parses every event and counts them; builds
 * nothing. Benchmark code only, built by bench-validate.sh against Debian's libyaml-dev. */
#include <stdio.h>
#include <stdlib.h>
#include <yaml.h>

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: yaml-events FILE\n"); return 64; }
    FILE *file = fopen(argv[1], "rb");
    if (!file) { perror(argv[1]); return 2; }
    fseek(file, 0, SEEK_END);
    long size = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *bytes = malloc(size > 0 ? (size_t)size : 1);
    if (!bytes || fread(bytes, 1, (size_t)size, file) != (size_t)size) { fclose(file); free(bytes); return 2; }
    fclose(file);
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) { free(bytes); return 2; }
    yaml_parser_set_input_string(&parser, bytes, (size_t)size);
    long events = 0;
    int done = 0, status = 0;
    while (!done) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) { fprintf(stderr, "%s\n", parser.problem); status = 1; break; }
        done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        events++;
    }
    yaml_parser_delete(&parser);
    free(bytes);
    printf("%ld events\n", events);
    return status;
}
