/* range.h — range and slice objects. range.c, slice.c. */
#ifndef GARTER_RANGE_H
#define GARTER_RANGE_H

#include "vm.h"

extern const TypeObj type_range;
extern const TypeObj type_range_iterator;
extern const TypeObj type_slice;

Value range_new(VM *vm, int64_t start, int64_t stop, int64_t step);
Value slice_new(VM *vm, Value start, Value stop, Value step);
/* slice.indices(len) as CPython's PySlice_Unpack + AdjustIndices: returns the slice length, or
 * -1 with an exception pending (step zero: "slice step cannot be zero"; non-int bounds). */
int64_t slice_indices(VM *vm, Value slice, int64_t len, int64_t *start, int64_t *stop,
                      int64_t *step);

#endif
