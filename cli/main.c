/* main.c — the garter command (placeholder until the VM lands). */
#include <stdio.h>
int main(void) { fputs("garter: not built yet\n", stderr); return 2; }
