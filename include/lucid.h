/*
 * lucid.h - the embedding API of liblucid.
 *
 * Today liblucid reads CLI images (src/image) and disassembles them
 * (src/diag); the runtime entry points (init, load, invoke, shutdown)
 * join this header with the execution engine.
 */
#ifndef LUCID_H
#define LUCID_H

#define LUCID_VERSION "0.1.0"

#endif
