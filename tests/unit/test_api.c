/* test_api.c — running source through the public API: results, errors, and memory safety
 * (every allocation failing in turn, GC at every safe point, nothing leaked). */
#include <criterion/criterion.h>
#include <string.h>

#include "garter.h"
#include "vm.h"

typedef struct Capture {
    char data[4096];
    size_t len;
} Capture;

static void capture_write(void *ud, const char *data, size_t len)
{
    Capture *c = ud;
    size_t room = sizeof c->data - 1 - c->len;
    if (len > room) len = room;
    memcpy(c->data + c->len, data, len);
    c->len += len;
    c->data[c->len] = '\0';
}

/* Counts live bytes through the hook itself, independently of Mem's accounting. */
typedef struct Counting {
    long live_blocks;
} Counting;

static void *counting_alloc(void *ud, void *ptr, size_t old_size, size_t new_size)
{
    Counting *c = ud;
    if (new_size == 0) {
        if (ptr) c->live_blocks--;
        free(ptr);
        return NULL;
    }
    if (!ptr) c->live_blocks++;
    (void)old_size;
    return realloc(ptr, new_size);
}

static GarterVM *new_vm(Capture *out, Counting *counting, uint32_t debug_flags)
{
    GarterConfig config;
    garter_config_init(&config);
    config.write_stdout = capture_write;
    config.write_ud = out;
    config.debug_flags = debug_flags;
    if (counting) {
        config.alloc = counting_alloc;
        config.alloc_ud = counting;
    }
    return garter_vm_new(&config);
}

static const char program[] =
    "def fib(n):\n"
    "    return n if n < 2 else fib(n - 1) + fib(n - 2)\n"
    "words = 'the quick brown fox jumps over the lazy dog the end'.split()\n"
    "counts = {}\n"
    "for w in words:\n"
    "    counts[w] = counts.get(w, 0) + 1\n"
    "top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]\n"
    "try:\n"
    "    {}['missing']\n"
    "except KeyError as e:\n"
    "    err = repr(e)\n"
    "print(fib(15), top, err, 2 ** 100, f'{3.5:>6.2f}', [x * x for x in range(5)])\n";

static const char program_output[] =
    "610 [('the', 3), ('brown', 1), ('dog', 1)] KeyError('missing') "
    "1267650600228229401496703205376   3.50 [0, 1, 4, 9, 16]\n";

Test(api, runs_a_program)
{
    Capture out = {0};
    GarterVM *vm = new_vm(&out, NULL, 0);
    cr_assert_not_null(vm);
    cr_assert_eq(garter_run_source(vm, program, strlen(program), "prog.py"), GARTER_OK);
    cr_assert_str_eq(out.data, program_output);
    garter_vm_destroy(vm);
}

Test(api, uncaught_exception_has_cpython_traceback)
{
    Capture out = {0};
    GarterVM *vm = new_vm(&out, NULL, 0);
    const char *src = "def f(d):\n    return d['k']\nf({})\n";
    cr_assert_eq(garter_run_source(vm, src, strlen(src), "t.py"), GARTER_EXCEPTION);
    cr_assert_str_eq(garter_vm_traceback(vm), "Traceback (most recent call last):\n"
                                              "  File \"t.py\", line 3, in <module>\n"
                                              "    f({})\n"
                                              "  File \"t.py\", line 2, in f\n"
                                              "    return d['k']\n"
                                              "           ~^^^^^\n"
                                              "KeyError: 'k'\n");
    garter_vm_destroy(vm);
}

Test(api, syntax_error_is_reported)
{
    GarterVM *vm = new_vm(NULL, NULL, 0);
    const char *src = "if x\n    pass\n";
    cr_assert_eq(garter_run_source(vm, src, strlen(src), "s.py"), GARTER_SYNTAX_ERROR);
    cr_assert(strstr(garter_vm_traceback(vm), "SyntaxError: expected ':'") != NULL);
    garter_vm_destroy(vm);
}

Test(api, vm_is_reusable_and_frees_everything)
{
    Counting counting = {0};
    Capture out = {0};
    GarterVM *vm = new_vm(&out, &counting, 0);
    for (int i = 0; i < 3; i++) {
        out.len = 0;
        cr_assert_eq(garter_run_source(vm, program, strlen(program), "prog.py"), GARTER_OK);
        cr_assert_str_eq(out.data, program_output);
    }
    garter_vm_destroy(vm);
    cr_assert_eq(counting.live_blocks, 0, "leaked %ld blocks", counting.live_blocks);
}

Test(api, gc_stress_gives_the_same_output)
{
    Capture out = {0};
    GarterVM *vm = new_vm(&out, NULL, GARTER_DEBUG_GC_STRESS);
    cr_assert_eq(garter_run_source(vm, program, strlen(program), "prog.py"), GARTER_OK);
    cr_assert_str_eq(out.data, program_output);
    garter_vm_destroy(vm);
}

/* Fail the Nth allocation for every N until the program runs through: each run must end with
 * OK or an exception (MemoryError), never crash, and leave nothing allocated. */
Test(api, every_allocation_failure_is_survived, .timeout = 120)
{
    bool completed = false;
    for (uint64_t n = 1; n < 200000 && !completed; n++) {
        Counting counting = {0};
        Capture out = {0};
        GarterVM *vm = new_vm(&out, &counting, 0);
        if (!vm) {
            cr_assert_eq(counting.live_blocks, 0);
            continue;
        }
        vm->mem.fail_at = n + vm->mem.attempts;
        GarterStatus status = garter_run_source(vm, program, strlen(program), "prog.py");
        cr_assert(status == GARTER_OK || status == GARTER_EXCEPTION ||
                      status == GARTER_SYNTAX_ERROR,
                  "n=%lu status=%d", (unsigned long)n, status);
        if (status == GARTER_OK && vm->mem.attempts < vm->mem.fail_at) completed = true;
        garter_vm_destroy(vm);
        cr_assert_eq(counting.live_blocks, 0, "n=%lu leaked %ld blocks", (unsigned long)n,
                     counting.live_blocks);
    }
    cr_assert(completed);
}
