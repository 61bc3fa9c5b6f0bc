import struct
def r8(v): return "ldc.r8 (" + " ".join(f"{b:02X}" for b in struct.pack("<d", v)) + ")"
def r4(v): return "ldc.r4 (" + " ".join(f"{b:02X}" for b in struct.pack("<f", v)) + ")"
def expect_load(kind, e):
    return {"i4": [f"ldc.i4 {e}"], "i8": [f"ldc.i8 {e}"], "i": [f"ldc.i8 {e}", "conv.i"], "f": [r8(e)]}[kind]
def program(name, header, cases, methods="", maxstack=8, locals_=None):
    out = [header, ".assembly extern mscorlib {}", f".assembly {name} {{}}",
           ".class public P extends [mscorlib]System.Object {", methods,
           "  .method static int32 Main() {", "    .entrypoint", f"    .maxstack {maxstack}"]
    if locals_: out.append(f"    .locals init ({locals_})")
    for k, (code, kind, e) in enumerate(cases, 1):
        out.append(f"    // check {k}")
        out += ["    " + l for l in code] + ["    " + l for l in expect_load(kind, e)]
        out += [f"    beq OK{k}", f"    ldc.i4 {k}", "    ret", f"  OK{k}:"]
    out += ["    ldc.i4.0", "    ret", "  }", "}"]
    return "\n".join(out) + "\n"
