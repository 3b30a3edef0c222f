/* main.c — the garter command: run a script file or a -c string. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "garter.h"

static void write_stream(void *ud, const char *data, size_t len)
{
    fwrite(data, 1, len, (FILE *)ud == NULL ? stdout : (FILE *)ud);
}

static void write_stdout(void *ud, const char *data, size_t len)
{
    (void)ud;
    write_stream(stdout, data, len);
}

static void write_stderr(void *ud, const char *data, size_t len)
{
    (void)ud;
    write_stream(stderr, data, len);
}

static int usage(void)
{
    fputs("usage: garter run FILE\n"
          "       garter -c CODE\n",
          stderr);
    return 2;
}

/* Read a whole file; NULL (with a message printed) on failure. The caller frees it. */
static char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "garter: can't open file '%s'\n", path);
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) break;
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap) break;
        char *grown = realloc(buf, cap * 2);
        if (!grown) {
            free(buf);
            buf = NULL;
            break;
        }
        buf = grown;
        cap *= 2;
    }
    fclose(f);
    if (!buf) fprintf(stderr, "garter: out of memory reading '%s'\n", path);
    *len = n;
    return buf;
}

static int run(const char *source, size_t len, const char *name)
{
    GarterConfig config;
    garter_config_init(&config);
    config.write_stdout = write_stdout;
    config.write_stderr = write_stderr;
    const char *stress = getenv("GARTER_GC_STRESS");
    if (stress && *stress && *stress != '0') config.debug_flags |= GARTER_DEBUG_GC_STRESS;
    GarterVM *vm = garter_vm_new(&config);
    if (!vm) {
        fputs("garter: cannot create a VM\n", stderr);
        return 2;
    }
    GarterStatus status = garter_run_source(vm, source, len, name);
    fflush(stdout);
    int code = 0;
    if (status == GARTER_EXCEPTION || status == GARTER_SYNTAX_ERROR) {
        fputs(garter_vm_traceback(vm), stderr);
        code = status == GARTER_EXCEPTION ? garter_vm_exit_status(vm) : 1;
    } else if (status == GARTER_LIMIT) {
        fprintf(stderr, "garter: limit exceeded: %s\n", garter_vm_limit_message(vm));
        code = 3;
    }
    garter_vm_destroy(vm);
    return code;
}

int main(int argc, char **argv)
{
    if (argc == 3 && strcmp(argv[1], "-c") == 0) return run(argv[2], strlen(argv[2]), "<string>");
    if (argc == 3 && strcmp(argv[1], "run") == 0) {
        size_t len;
        char *source = read_file(argv[2], &len);
        if (!source) return 2;
        int code = run(source, len, argv[2]);
        free(source);
        return code;
    }
    return usage();
}
