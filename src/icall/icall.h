/*
 * icall.h - Mono's internal calls: the C side of the methods corlib marks
 * internalcall, one file per managed class group, registered by name with
 * the engine (ARCHITECTURE.md section 2).
 */
#ifndef LUCID_ICALL_H
#define LUCID_ICALL_H

#include "vm/vm.h"

/* Register every internal call Lucid implements. */
bool icall_register_all(VmRuntime *vm, VmError *error);

#endif
