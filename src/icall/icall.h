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

/* Runs a program as mono does: the application domain, Main (with these
 * arguments after the program's name), the report of an unhandled
 * exception (exit code 1), ProcessExit. false (and *error) if the runtime
 * itself failed. */
bool icall_run_program(VmRuntime *vm, LdAssembly *program, int argc, char **argv, int *exit_code, VmError *error);
/* Raises AppDomain.ProcessExit (Environment.Exit, the end of Main). */
void icall_process_exit(VmRuntime *vm, VmThread *thread);

#endif
