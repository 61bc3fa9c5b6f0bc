#!/usr/bin/env python3
"""make_bad.py - writes the hostile images under tests/bad/.

Every file here is a small real assembly with exactly one thing broken, so
that `lucid dis FILE` must stop at that thing and say

    lucid: FILE: bad image: REASON

on stderr, exit 2, and never crash, hang or read out of bounds (tests/run
--suite bad checks this, with sanitizers under `make asan`).

The assembly is compiled by mcs from SOURCE below, then its MVID and PE
timestamp are overwritten with constants and it is kept as base.dll.in, which
later runs read instead of compiling again: the corrupted files are then
byte-identical on every rerun, whatever mcs version is installed. Pass
--rebuild-base to compile it afresh (needs mcs), e.g. after changing SOURCE.

To find what to break, this script parses just enough of the file: the PE
headers and section table, the CLI header, the metadata root and stream
headers, the #~ table layout (row counts, column widths, row offsets), method
bodies and their IL. It writes one .dll per corruption, each named for what
it breaks, and README.txt listing them with the docstrings below.

Usage: python3 tests/bad/make_bad.py [--rebuild-base] [--out DIR]
"""
import argparse
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
BASE = os.path.join(HERE, "base.dll.in")
PDB_FIXTURE = os.path.join(ROOT, "tests", "fixtures", "pdbsample.pdb")

# The base assembly. Describe has a try/catch, a switch, string literals, a
# call, a static field and locals (so it has a fat header and an EH section);
# Box<T> is generic with a field, a tiny-header constructor and an explicit
# interface method (InterfaceImpl, MethodImpl); Node is a nested type
# (NestedClass); Limit is a constant (Constant) and Misses a property
# (Property, PropertyMap, MethodSemantics).
SOURCE = r"""
using System;

namespace Lucid.BadSample
{
    public class Box<T> : IDisposable
    {
        public T Value;
        public Box(T value) { Value = value; }
        void IDisposable.Dispose() { }
    }

    public static class Sample
    {
        public class Node { public Node Next; }

        public const long Limit = 1L << 40;
        static int misses;

        public static int Misses { get { return misses; } }

        public static string Describe(int k)
        {
            try
            {
                switch (k)
                {
                    case 0: return "zero";
                    case 1: return "one";
                    case 2: return "two";
                    case 3: return "three";
                }
                misses++;
                return new Box<int>(k).Value.ToString();
            }
            catch (InvalidOperationException e)
            {
                return e.Message;
            }
        }
    }
}
"""

# Constants the base is normalized to (mcs makes a fresh MVID each run).
FIXED_MVID = bytes(range(0x10, 0x20))
FIXED_TIMESTAMP = 0x5F000000


# ------------------------------------------------------------------ bytes

def u16(data, offset):
    return struct.unpack_from("<H", data, offset)[0]


def u32(data, offset):
    return struct.unpack_from("<I", data, offset)[0]


def u64(data, offset):
    return struct.unpack_from("<Q", data, offset)[0]


def put16(data, offset, value):
    struct.pack_into("<H", data, offset, value)


def put32(data, offset, value):
    struct.pack_into("<I", data, offset, value)


def put64(data, offset, value):
    struct.pack_into("<Q", data, offset, value)


def align(value, to):
    return (value + to - 1) // to * to


def compressed(value):
    """An unsigned integer in the compressed form of ECMA-335 II.23.2."""
    if value < 0x80:
        return bytes([value])
    if value < 0x4000:
        return bytes([0x80 | value >> 8, value & 0xFF])
    assert value < 0x20000000
    return bytes([0xC0 | value >> 24, value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF])


def read_compressed(data, offset):
    """(value, bytes used) of a compressed unsigned integer."""
    first = data[offset]
    if first & 0x80 == 0:
        return first, 1
    if first & 0xC0 == 0x80:
        return (first & 0x3F) << 8 | data[offset + 1], 2
    return (first & 0x1F) << 24 | data[offset + 1] << 16 | data[offset + 2] << 8 | data[offset + 3], 4


# ------------------------------------------------------------------ metadata schema (ECMA-335 II.22)

# Coded indices (II.24.2.6): tag bits and the tables the tags name, None
# for a reserved tag.
CODED = {
    "TypeDefOrRef": (2, ["TypeDef", "TypeRef", "TypeSpec"]),
    "HasConstant": (2, ["Field", "Param", "Property"]),
    "HasCustomAttribute": (5, ["MethodDef", "Field", "TypeRef", "TypeDef", "Param", "InterfaceImpl",
                               "MemberRef", "Module", "DeclSecurity", "Property", "Event",
                               "StandAloneSig", "ModuleRef", "TypeSpec", "Assembly", "AssemblyRef",
                               "File", "ExportedType", "ManifestResource", "GenericParam",
                               "GenericParamConstraint", "MethodSpec"]),
    "HasFieldMarshal": (1, ["Field", "Param"]),
    "HasDeclSecurity": (2, ["TypeDef", "MethodDef", "Assembly"]),
    "MemberRefParent": (3, ["TypeDef", "TypeRef", "ModuleRef", "MethodDef", "TypeSpec"]),
    "HasSemantics": (1, ["Event", "Property"]),
    "MethodDefOrRef": (1, ["MethodDef", "MemberRef"]),
    "MemberForwarded": (1, ["Field", "MethodDef"]),
    "Implementation": (2, ["File", "AssemblyRef", "ExportedType"]),
    "CustomAttributeType": (3, [None, None, "MethodDef", "MemberRef", None]),
    "ResolutionScope": (2, ["Module", "ModuleRef", "AssemblyRef", "TypeRef"]),
    "TypeOrMethodDef": (1, ["TypeDef", "MethodDef"]),
}

# Tables by id: name and columns, each "Name kind [target]". Kinds: u16,
# u32, u8pad (a byte and a pad byte), str, guid, blob (heap indices), table
# (index into target), list (first of a run in target), coded (coded index
# of kind target).
TABLES = {
    0x00: ("Module", ["Generation u16", "Name str", "Mvid guid", "EncId guid", "EncBaseId guid"]),
    0x01: ("TypeRef", ["ResolutionScope coded ResolutionScope", "TypeName str", "TypeNamespace str"]),
    0x02: ("TypeDef", ["Flags u32", "TypeName str", "TypeNamespace str", "Extends coded TypeDefOrRef",
                       "FieldList list Field", "MethodList list MethodDef"]),
    0x03: ("FieldPtr", ["Field table Field"]),
    0x04: ("Field", ["Flags u16", "Name str", "Signature blob"]),
    0x05: ("MethodPtr", ["Method table MethodDef"]),
    0x06: ("MethodDef", ["RVA u32", "ImplFlags u16", "Flags u16", "Name str", "Signature blob",
                         "ParamList list Param"]),
    0x07: ("ParamPtr", ["Param table Param"]),
    0x08: ("Param", ["Flags u16", "Sequence u16", "Name str"]),
    0x09: ("InterfaceImpl", ["Class table TypeDef", "Interface coded TypeDefOrRef"]),
    0x0A: ("MemberRef", ["Class coded MemberRefParent", "Name str", "Signature blob"]),
    0x0B: ("Constant", ["Type u8pad", "Parent coded HasConstant", "Value blob"]),
    0x0C: ("CustomAttribute", ["Parent coded HasCustomAttribute", "Type coded CustomAttributeType",
                               "Value blob"]),
    0x0D: ("FieldMarshal", ["Parent coded HasFieldMarshal", "NativeType blob"]),
    0x0E: ("DeclSecurity", ["Action u16", "Parent coded HasDeclSecurity", "PermissionSet blob"]),
    0x0F: ("ClassLayout", ["PackingSize u16", "ClassSize u32", "Parent table TypeDef"]),
    0x10: ("FieldLayout", ["Offset u32", "Field table Field"]),
    0x11: ("StandAloneSig", ["Signature blob"]),
    0x12: ("EventMap", ["Parent table TypeDef", "EventList list Event"]),
    0x13: ("EventPtr", ["Event table Event"]),
    0x14: ("Event", ["EventFlags u16", "Name str", "EventType coded TypeDefOrRef"]),
    0x15: ("PropertyMap", ["Parent table TypeDef", "PropertyList list Property"]),
    0x16: ("PropertyPtr", ["Property table Property"]),
    0x17: ("Property", ["Flags u16", "Name str", "Type blob"]),
    0x18: ("MethodSemantics", ["Semantics u16", "Method table MethodDef",
                               "Association coded HasSemantics"]),
    0x19: ("MethodImpl", ["Class table TypeDef", "MethodBody coded MethodDefOrRef",
                          "MethodDeclaration coded MethodDefOrRef"]),
    0x1A: ("ModuleRef", ["Name str"]),
    0x1B: ("TypeSpec", ["Signature blob"]),
    0x1C: ("ImplMap", ["MappingFlags u16", "MemberForwarded coded MemberForwarded", "ImportName str",
                       "ImportScope table ModuleRef"]),
    0x1D: ("FieldRVA", ["RVA u32", "Field table Field"]),
    0x1E: ("EncLog", ["Token u32", "FuncCode u32"]),
    0x1F: ("EncMap", ["Token u32"]),
    0x20: ("Assembly", ["HashAlgId u32", "MajorVersion u16", "MinorVersion u16", "BuildNumber u16",
                        "RevisionNumber u16", "Flags u32", "PublicKey blob", "Name str", "Culture str"]),
    0x21: ("AssemblyProcessor", ["Processor u32"]),
    0x22: ("AssemblyOS", ["OSPlatformID u32", "OSMajorVersion u32", "OSMinorVersion u32"]),
    0x23: ("AssemblyRef", ["MajorVersion u16", "MinorVersion u16", "BuildNumber u16",
                           "RevisionNumber u16", "Flags u32", "PublicKeyOrToken blob", "Name str",
                           "Culture str", "HashValue blob"]),
    0x24: ("AssemblyRefProcessor", ["Processor u32", "AssemblyRef table AssemblyRef"]),
    0x25: ("AssemblyRefOS", ["OSPlatformId u32", "OSMajorVersion u32", "OSMinorVersion u32",
                             "AssemblyRef table AssemblyRef"]),
    0x26: ("File", ["Flags u32", "Name str", "HashValue blob"]),
    0x27: ("ExportedType", ["Flags u32", "TypeDefId u32", "TypeName str", "TypeNamespace str",
                            "Implementation coded Implementation"]),
    0x28: ("ManifestResource", ["Offset u32", "Flags u32", "Name str",
                                "Implementation coded Implementation"]),
    0x29: ("NestedClass", ["NestedClass table TypeDef", "EnclosingClass table TypeDef"]),
    0x2A: ("GenericParam", ["Number u16", "Flags u16", "Owner coded TypeOrMethodDef", "Name str"]),
    0x2B: ("MethodSpec", ["Method coded MethodDefOrRef", "Instantiation blob"]),
    0x2C: ("GenericParamConstraint", ["Owner table GenericParam", "Constraint coded TypeDefOrRef"]),
}

# Token tables for IL operands.
TOKEN_MEMBERREF = 0x0A
TOKEN_STANDALONESIG = 0x11
TOKEN_USER_STRING = 0x70


# ------------------------------------------------------------------ IL (ECMA-335 Partition III)

def _operand_sizes():
    """Inline operand bytes per opcode: one-byte opcodes by byte, two-byte
    ones as 0xFE00 | second byte. A switch is 4 here plus 4 per target."""
    sizes = {}
    for op in range(0x00, 0xE1):
        sizes[op] = 0
    for op in range(0x0E, 0x14):  # ldarg.s .. stloc.s
        sizes[op] = 1
    sizes[0x1F] = 1  # ldc.i4.s
    sizes[0x20] = 4  # ldc.i4
    sizes[0x21] = 8  # ldc.i8
    sizes[0x22] = 4  # ldc.r4
    sizes[0x23] = 8  # ldc.r8
    for op in (0x27, 0x28, 0x29):  # jmp, call, calli
        sizes[op] = 4
    for op in range(0x2B, 0x38):  # short branches
        sizes[op] = 1
    for op in range(0x38, 0x45):  # long branches
        sizes[op] = 4
    sizes[0x45] = 4  # switch count
    for op in list(range(0x6F, 0x76)) + [0x79] + list(range(0x7B, 0x82)) + [0x8C, 0x8D, 0x8F, 0xA3, 0xA4,
                                                                            0xA5, 0xC2, 0xC6, 0xD0, 0xDD]:
        sizes[op] = 4  # tokens, and leave
    sizes[0xDE] = 1  # leave.s
    for op in (0x24, 0x77, 0x78, *range(0xA6, 0xB3), *range(0xBB, 0xC2), 0xC4, 0xC5, *range(0xC7, 0xD0)):
        del sizes[op]  # unassigned
    for second in range(0x00, 0x1F):
        sizes[0xFE00 | second] = 0
    for second in (0x06, 0x07, 0x15, 0x16, 0x1C):  # ldftn, ldvirtftn, initobj, constrained., sizeof
        sizes[0xFE00 | second] = 4
    for second in range(0x09, 0x0F):  # ldarg .. stloc
        sizes[0xFE00 | second] = 2
    for second in (0x12, 0x19):  # unaligned., no.
        sizes[0xFE00 | second] = 1
    for second in (0x08, 0x10, 0x1B):
        del sizes[0xFE00 | second]
    return sizes


OPERAND_SIZE = _operand_sizes()
OP_SWITCH, OP_CALL, OP_LDSTR, OP_STFLD, OP_RET = 0x45, 0x28, 0x72, 0x7D, 0x2A
UNDEFINED_OPCODE = 0x24


class Instr:
    """One IL instruction: where it starts (file offset and IL offset), its
    opcode, and where its inline operand lies."""

    def __init__(self, file_offset, il_offset, opcode, opcode_size, operand_size):
        self.file_offset = file_offset
        self.il_offset = il_offset
        self.opcode = opcode
        self.operand_offset = file_offset + opcode_size
        self.operand_size = operand_size
        self.size = opcode_size + operand_size


# ------------------------------------------------------------------ the image

class Section:
    def __init__(self, data, header):
        self.header = header
        self.name = bytes(data[header:header + 8]).rstrip(b"\0").decode("latin-1")
        self.virtual_size = u32(data, header + 8)
        self.virtual_address = u32(data, header + 12)
        self.raw_size = u32(data, header + 16)
        self.raw_offset = u32(data, header + 20)

    @property
    def readable(self):
        """Bytes of the section backed by the file, as a reader sees them."""
        size = self.raw_size
        if self.virtual_size and self.virtual_size < size:
            size = self.virtual_size
        return size


class Stream:
    def __init__(self, header, name_offset, offset, size, name, metadata):
        self.header = header            # file offset of the stream header
        self.name_offset = name_offset  # file offset of its name
        self.offset = offset            # from the metadata root
        self.size = size
        self.name = name
        self.start = metadata + offset  # file offset of the data


class Table:
    def __init__(self, tid, rows, count_offset):
        self.tid = tid
        self.name, spec = TABLES[tid]
        self.columns = []
        for text in spec:
            parts = text.split()
            self.columns.append((parts[0], parts[1], parts[2] if len(parts) > 2 else None))
        self.rows = rows
        self.count_offset = count_offset  # file offset of its row count
        self.start = None                 # file offset of row 1
        self.widths = []
        self.row_size = 0


class Body:
    """A method body (II.25.4): header, code and where its EH sections start."""

    def __init__(self, image, rva):
        data = image.data
        self.rva = rva
        self.start = image.rva_to_offset(rva)
        first = data[self.start]
        if first & 3 == 2:
            self.fat = False
            self.header_size = 1
            self.code_size = first >> 2
            self.more_sections = False
        else:
            assert first & 3 == 3, "unknown method header"
            self.fat = True
            flags = u16(data, self.start)
            self.header_size = (flags >> 12) * 4
            self.code_size = u32(data, self.start + 4)
            self.local_sig_offset = self.start + 8
            self.more_sections = bool(flags & 0x08)
        self.code = self.start + self.header_size
        self.eh = None
        if self.more_sections:
            self.eh = image.rva_to_offset(align(rva + self.header_size + self.code_size, 4))

    def set_code_size(self, data, size):
        if self.fat:
            put32(data, self.start + 4, size)
        else:
            assert size < 64
            data[self.start] = size << 2 | 2
        self.code_size = size

    def instructions(self, data):
        result = []
        pos = 0
        while pos < self.code_size:
            at = self.code + pos
            opcode, opcode_size = data[at], 1
            if opcode == 0xFE:
                opcode, opcode_size = 0xFE00 | data[at + 1], 2
            operand = OPERAND_SIZE[opcode]
            if opcode == OP_SWITCH:
                operand += 4 * u32(data, at + 1)
            result.append(Instr(at, pos, opcode, opcode_size, operand))
            pos += opcode_size + operand
        return result


class Image:
    """A parsed view of an assembly, re-parsed after each structural change."""

    def __init__(self, data):
        self.data = bytearray(data)
        self._parse_pe()
        self._parse_metadata()
        self._parse_tables()

    def copy(self):
        return Image(self.data)

    # ---- PE/COFF (II.25.2)

    def _parse_pe(self):
        d = self.data
        assert d[:2] == b"MZ"
        self.pe = u32(d, 0x3C)
        assert d[self.pe:self.pe + 4] == b"PE\0\0"
        self.coff = self.pe + 4
        self.timestamp_offset = self.coff + 4
        section_count = u16(d, self.coff + 2)
        optional_size = u16(d, self.coff + 16)
        self.optional = self.pe + 24
        self.optional_size = optional_size
        magic = u16(d, self.optional)
        assert magic in (0x10B, 0x20B)
        self.directory_count_offset = self.optional + (92 if magic == 0x10B else 108)
        self.directories = self.optional + (96 if magic == 0x10B else 112)
        self.section_alignment = u32(d, self.optional + 32)
        self.file_alignment = u32(d, self.optional + 36)
        self.size_of_image_offset = self.optional + 56
        self.section_table = self.optional + optional_size
        self.sections = [Section(d, self.section_table + 40 * i) for i in range(section_count)]
        self.cli_directory = self.directories + 14 * 8
        self.cli = self.rva_to_offset(u32(d, self.cli_directory))

    def section_of(self, rva):
        for s in self.sections:
            if s.virtual_address <= rva < s.virtual_address + s.readable:
                return s
        raise ValueError(f"RVA 0x{rva:x} is in no section")

    def rva_to_offset(self, rva):
        s = self.section_of(rva)
        return s.raw_offset + rva - s.virtual_address

    def offset_to_rva(self, offset):
        for s in self.sections:
            if s.raw_offset <= offset < s.raw_offset + s.readable:
                return s.virtual_address + offset - s.raw_offset
        raise ValueError(f"file offset 0x{offset:x} is in no section")

    def bytes_to_section_end(self, offset):
        """How many bytes a reader may read from this file offset on."""
        rva = self.offset_to_rva(offset)
        s = self.section_of(rva)
        return s.virtual_address + s.readable - rva

    # ---- metadata root and streams (II.24.2.1-2)

    def _parse_metadata(self):
        d = self.data
        self.metadata_rva_offset = self.cli + 8
        self.metadata_size_offset = self.cli + 12
        self.metadata = self.rva_to_offset(u32(d, self.metadata_rva_offset))
        self.metadata_size = u32(d, self.metadata_size_offset)
        assert u32(d, self.metadata) == 0x424A5342
        self.version_length_offset = self.metadata + 12
        pos = self.metadata + 16 + u32(d, self.version_length_offset)
        self.stream_count_offset = pos + 2
        self.streams = []
        pos += 4
        for _ in range(u16(d, self.stream_count_offset)):
            header = pos
            name_offset = pos + 8
            end = d.index(0, name_offset)
            name = bytes(d[name_offset:end]).decode("ascii")
            self.streams.append(Stream(header, name_offset, u32(d, header), u32(d, header + 4), name,
                                       self.metadata))
            pos = name_offset + align(end - name_offset + 1, 4)
        self.stream = {s.name: s for s in self.streams}

    def heap(self, name):
        s = self.stream[name]
        return bytes(self.data[s.start:s.start + s.size])

    # ---- tables (II.24.2.6)

    def _parse_tables(self):
        d = self.data
        s = self.stream["#~"]
        self.heap_sizes_offset = s.start + 6
        self.valid_offset = s.start + 8
        heap_sizes = d[self.heap_sizes_offset]
        valid = u64(d, self.valid_offset)
        pos = s.start + 24
        self.tables = {}
        for tid in range(64):
            if valid >> tid & 1:
                self.tables[TABLES[tid][0]] = Table(tid, u32(d, pos), pos)
                pos += 4
        if heap_sizes & 0x40:
            pos += 4

        def rows(name):
            return self.tables[name].rows if name in self.tables else 0

        def width(kind, target):
            if kind in ("u16", "u8pad"):
                return 2
            if kind == "u32":
                return 4
            if kind in ("str", "guid", "blob"):
                bit = {"str": 1, "guid": 2, "blob": 4}[kind]
                return 4 if heap_sizes & bit else 2
            if kind in ("table", "list"):
                return 2 if rows(target) < 1 << 16 else 4
            bits, targets = CODED[target]
            most = max(rows(t) for t in targets if t)
            return 2 if most < 1 << (16 - bits) else 4

        for tid in sorted(t.tid for t in self.tables.values()):
            table = self.tables[TABLES[tid][0]]
            table.widths = [width(kind, target) for _, kind, target in table.columns]
            table.row_size = sum(table.widths)
            table.start = pos
            pos += table.rows * table.row_size
        self.tables_end = pos

    def cell(self, table_name, rid, column):
        """(file offset, width) of a column of a row (rid from 1)."""
        table = self.tables[table_name]
        assert 1 <= rid <= table.rows
        names = [c[0] for c in table.columns]
        index = names.index(column)
        return table.start + (rid - 1) * table.row_size + sum(table.widths[:index]), table.widths[index]

    def get(self, table_name, rid, column):
        offset, width = self.cell(table_name, rid, column)
        return u16(self.data, offset) if width == 2 else u32(self.data, offset)

    def set(self, table_name, rid, column, value):
        offset, width = self.cell(table_name, rid, column)
        assert value < 1 << (8 * width), f"{value:#x} does not fit {table_name}.{column}"
        (put16 if width == 2 else put32)(self.data, offset, value)

    def rows(self, table_name):
        return self.tables[table_name].rows if table_name in self.tables else 0

    def string(self, index):
        s = self.stream["#Strings"]
        end = self.data.index(0, s.start + index)
        return bytes(self.data[s.start + index:end]).decode("utf-8")

    def blob_entry(self, index):
        """(file offset of the length prefix, prefix size, length) of a #Blob entry."""
        s = self.stream["#Blob"]
        length, prefix = read_compressed(self.data, s.start + index)
        return s.start + index, prefix, length

    def blob(self, index):
        at, prefix, length = self.blob_entry(index)
        return bytes(self.data[at + prefix:at + prefix + length])

    # ---- names to rows

    def typedef(self, name):
        for rid in range(1, self.rows("TypeDef") + 1):
            if self.string(self.get("TypeDef", rid, "TypeName")) == name:
                return rid
        raise KeyError(name)

    def methods_of(self, type_rid):
        first = self.get("TypeDef", type_rid, "MethodList")
        end = (self.get("TypeDef", type_rid + 1, "MethodList") if type_rid < self.rows("TypeDef")
               else self.rows("MethodDef") + 1)
        return list(range(first, end))

    def method(self, type_name, method_name):
        for rid in self.methods_of(self.typedef(type_name)):
            if self.string(self.get("MethodDef", rid, "Name")) == method_name:
                return rid
        raise KeyError(f"{type_name}::{method_name}")

    def field(self, name):
        for rid in range(1, self.rows("Field") + 1):
            if self.string(self.get("Field", rid, "Name")) == name:
                return rid
        raise KeyError(name)

    def body(self, method_rid):
        return Body(self, self.get("MethodDef", method_rid, "RVA"))

    def blob_columns(self):
        """Every (table, rid, column, index) of a #Blob column with a non-null index."""
        for table in self.tables.values():
            for rid in range(1, table.rows + 1):
                for name, kind, _ in table.columns:
                    if kind == "blob":
                        index = self.get(table.name, rid, name)
                        if index:
                            yield table.name, rid, name, index

    # ---- moving the metadata

    def with_streams(self, streams):
        """A new image whose metadata holds `streams` ([(name, bytes)], in
        header order) instead of its own, laid out afresh and appended to
        the last section, which grows to hold it; the CLI header points to
        it. The old metadata stays where it was, unreferenced."""
        d = bytearray(self.data)
        root_end = self.stream_count_offset + 2
        root = bytearray(d[self.metadata:root_end])
        put16(root, len(root) - 2, len(streams))
        headers_size = sum(8 + align(len(name) + 1, 4) for name, _ in streams)
        offset = align(len(root) + headers_size, 4)
        headers, body = bytearray(), bytearray()
        for name, content in streams:
            encoded = name.encode("ascii")
            headers += struct.pack("<II", offset + len(body), len(content))
            headers += encoded + b"\0" * (align(len(encoded) + 1, 4) - len(encoded))
            body += content + b"\0" * (align(len(content), 4) - len(content))
        metadata = root + headers
        metadata += b"\0" * (offset - len(metadata)) + body

        last = max(self.sections, key=lambda s: s.virtual_address)
        assert last.raw_offset + last.raw_size == len(d), "the last section must end the file"
        assert max(s.raw_offset for s in self.sections) == last.raw_offset
        rva = last.virtual_address + last.raw_size
        d += metadata
        d += b"\0" * (align(len(d), self.file_alignment) - len(d))
        new_raw_size = len(d) - last.raw_offset
        put32(d, last.header + 8, new_raw_size)   # VirtualSize
        put32(d, last.header + 16, new_raw_size)  # SizeOfRawData
        put32(d, self.size_of_image_offset,
              align(last.virtual_address + new_raw_size, self.section_alignment))
        put32(d, self.metadata_rva_offset, rva)
        put32(d, self.metadata_size_offset, len(metadata))
        return Image(d)

    def own_streams(self):
        return [(s.name, self.heap(s.name)) for s in self.streams]

    def with_row(self, table_name, position, values):
        """A new image (through with_streams) whose table has one more row,
        `values` by column, inserted so that it becomes row `position`."""
        table = self.tables[table_name]
        s = self.stream["#~"]
        stream = bytearray(self.heap("#~"))
        row = b"".join(value.to_bytes(width, "little") for value, width in zip(values, table.widths))
        at = table.start - s.start + (position - 1) * table.row_size
        stream[at:at] = row
        put32(stream, table.count_offset - s.start, table.rows + 1)
        image = self.with_streams([(name, bytes(stream) if name == "#~" else content)
                                   for name, content in self.own_streams()])
        for name, old in self.tables.items():
            assert image.tables[name].widths == old.widths, "a new row must not widen any column"
        return image


# ------------------------------------------------------------------ the base assembly

def compile_base():
    """Compile SOURCE with mcs and normalize what mcs varies from run to run."""
    if not shutil.which("mcs"):
        sys.exit("make_bad.py: mcs not found (install mono-mcs), and no base.dll.in to start from")
    with tempfile.TemporaryDirectory() as work:
        source = os.path.join(work, "badsample.cs")
        out = os.path.join(work, "badsample.dll")
        with open(source, "w") as f:
            f.write(SOURCE)
        p = subprocess.run(["mcs", "-target:library", "-nologo", "-out:" + out, source],
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        if p.returncode != 0:
            sys.exit("make_bad.py: mcs failed:\n" + p.stdout.decode(errors="replace"))
        with open(out, "rb") as f:
            image = Image(f.read())
    put32(image.data, image.timestamp_offset, FIXED_TIMESTAMP)
    mvid = image.get("Module", 1, "Mvid")
    guids = image.stream["#GUID"]
    at = guids.start + (mvid - 1) * 16
    image.data[at:at + 16] = FIXED_MVID
    return bytes(image.data)


# ------------------------------------------------------------------ corruptions

CORRUPTIONS = []


def corruption(filename):
    """Registers a function (base Image -> bytes) that makes tests/bad/filename."""
    def register(fn):
        CORRUPTIONS.append((filename, fn))
        return fn
    return register


def describe_method(image):
    return image.method("Sample", "Describe")


def first_instr(image, body, opcode):
    for instr in body.instructions(image.data):
        if instr.opcode == opcode:
            return instr
    raise KeyError(f"no opcode 0x{opcode:x} in the body at RVA 0x{body.rva:x}")


# ---- files that are not PE images at all

@corruption("empty.dll")
def empty(image):
    """Zero bytes: nothing to read, not even the MZ signature."""
    return b""


@corruption("text.dll")
def text(image):
    """Plain ASCII text, longer than a DOS header, so only the missing MZ
    signature can tell it apart from an image."""
    return (b"This is not an assembly. It is a text file that someone named .dll,\n"
            b"which a disassembler must reject by its first bytes, not crash on.\n") * 3


@corruption("mz-only.dll")
def mz_only(image):
    """Just the 64-byte DOS header: e_lfanew points at a PE header that
    lies past the end of the file."""
    return bytes(image.data[:0x40])


@corruption("pe-offset-past-end.dll")
def pe_offset_past_end(image):
    """e_lfanew = 0xFFFFFFF0: reading the PE signature there would be far out
    of bounds, and offset + 24 overflows 32 bits."""
    d = bytearray(image.data)
    put32(d, 0x3C, 0xFFFFFFF0)
    return d


@corruption("optional-header-truncated.dll")
def optional_header_truncated(image):
    """The file ends 64 bytes into the PE optional header, which the COFF
    header says is 224 bytes long."""
    assert image.optional_size == 224
    return bytes(image.data[:image.optional + 64])


@corruption("section-count-huge.dll")
def section_count_huge(image):
    """NumberOfSections = 65535: the section table would run 2.6 MB past the
    end of the file."""
    d = bytearray(image.data)
    put16(d, image.coff + 2, 0xFFFF)
    return d


@corruption("directory-count-short.dll")
def directory_count_short(image):
    """NumberOfRvaAndSizes = 14: the data directories stop just before the
    CLI header's entry (index 14), so the file has no CLI header."""
    d = bytearray(image.data)
    put32(d, image.directory_count_offset, 14)
    return d


@corruption("no-cli-directory.dll")
def no_cli_directory(image):
    """The CLI header directory entry is zero: a native PE file, not a .NET
    assembly."""
    d = bytearray(image.data)
    put64(d, image.cli_directory, 0)
    return d


@corruption("cli-header-outside-file.dll")
def cli_header_outside_file(image):
    """The CLI header directory names RVA 0x10000000, which no section maps."""
    d = bytearray(image.data)
    put32(d, image.cli_directory, 0x10000000)
    return d


@corruption("cli-header-straddles-section.dll")
def cli_header_straddles_section(image):
    """The CLI header starts 40 bytes before the end of its section's file
    data: its 72 bytes would run 32 bytes past what the section maps."""
    d = bytearray(image.data)
    s = image.section_of(u32(d, image.cli_directory))
    put32(d, image.cli_directory, s.virtual_address + s.readable - 40)
    return d


@corruption("truncated-half.dll")
def truncated_half(image):
    """The file cut off halfway through the metadata, which the section
    table and the CLI header still promise in full."""
    return bytes(image.data[:image.metadata + image.metadata_size // 2])


# ---- the metadata root and streams

@corruption("metadata-outside-section.dll")
def metadata_outside_section(image):
    """The metadata size in the CLI header is one byte more than its section
    maps from the metadata RVA on."""
    d = bytearray(image.data)
    put32(d, image.metadata_size_offset, image.bytes_to_section_end(image.metadata) + 1)
    return d


@corruption("bad-metadata-signature.dll")
def bad_metadata_signature(image):
    """The metadata root's signature is BSJX instead of BSJB."""
    d = bytearray(image.data)
    d[image.metadata + 3] = ord("X")
    return d


@corruption("version-length-huge.dll")
def version_length_huge(image):
    """The version string length is 0xFFFFFFF0: copying it would overrun
    both the metadata and any fixed buffer, and 16 + length overflows."""
    d = bytearray(image.data)
    put32(d, image.version_length_offset, 0xFFFFFFF0)
    return d


@corruption("stream-header-truncated.dll")
def stream_header_truncated(image):
    """The metadata size ends 6 bytes into the first stream header, in the
    middle of its size field."""
    d = bytearray(image.data)
    put32(d, image.metadata_size_offset, image.streams[0].header + 6 - image.metadata)
    return d


@corruption("stream-name-unterminated.dll")
def stream_name_unterminated(image):
    """The metadata ends inside the first stream's name, before its NUL:
    reading the name as a C string would run off the metadata."""
    d = bytearray(image.data)
    put32(d, image.metadata_size_offset, image.streams[0].name_offset + 1 - image.metadata)
    return d


@corruption("stream-past-metadata.dll")
def stream_past_metadata(image):
    """The #Blob stream's size runs one byte past the end of the metadata."""
    d = bytearray(image.data)
    s = image.stream["#Blob"]
    put32(d, s.header + 4, image.metadata_size - s.offset + 1)
    return d


@corruption("duplicate-strings-stream.dll")
def duplicate_strings_stream(image):
    """Two #Strings streams: which one do the tables index? A reader that
    keeps the last would index a heap the validation never saw."""
    streams = image.own_streams()
    streams.append(("#Strings", b"\0hostile\0"))
    return image.with_streams(streams).data


@corruption("no-table-stream.dll")
def no_table_stream(image):
    """The #~ stream is renamed #X, so the metadata has no tables at all."""
    d = bytearray(image.data)
    d[image.stream["#~"].name_offset + 1] = ord("X")
    return d


@corruption("strings-not-terminated.dll")
def strings_not_terminated(image):
    """The #Strings heap ends in the middle of its last string, without the
    NUL that every string read relies on to stop."""
    d = bytearray(image.data)
    s = image.stream["#Strings"]
    put32(d, s.header + 4, len(image.heap("#Strings").rstrip(b"\0")))
    return d


@corruption("tables-stream-too-small.dll")
def tables_stream_too_small(image):
    """The #~ stream is 20 bytes, too small for its own 24-byte header."""
    d = bytearray(image.data)
    put32(d, image.stream["#~"].header + 4, 20)
    return d


# ---- the table layout

@corruption("unknown-table-bit.dll")
def unknown_table_bit(image):
    """The valid mask claims table 0x2E, which ECMA-335 does not define: its
    row size is unknown, so no table after it can be found."""
    d = bytearray(image.data)
    put64(d, image.valid_offset, u64(d, image.valid_offset) | 1 << 0x2E)
    return d


@corruption("row-count-huge.dll")
def row_count_huge(image):
    """MethodDef claims 0xFFFFFF rows: the tables run megabytes past the end
    of the #~ stream."""
    d = bytearray(image.data)
    put32(d, image.tables["MethodDef"].count_offset, 0xFFFFFF)
    return d


@corruption("row-count-one-too-many.dll")
def row_count_one_too_many(image):
    """The last table has one row more than the #~ stream holds, which the
    stream's alignment padding cannot absorb."""
    d = bytearray(image.data)
    last = max(image.tables.values(), key=lambda t: t.tid)
    assert image.tables_end + last.row_size > image.stream["#~"].start + image.stream["#~"].size
    put32(d, last.count_offset, last.rows + 1)
    return d


@corruption("row-count-over-24-bits.dll")
def row_count_over_24_bits(image):
    """TypeRef claims 0x1000000 rows, more than a token's 24-bit rid can
    name."""
    d = bytearray(image.data)
    put32(d, image.tables["TypeRef"].count_offset, 0x1000000)
    return d


# ---- table cells

@corruption("bad-string-index.dll")
def bad_string_index(image):
    """A TypeDef name is the #Strings index one past the heap's last byte."""
    image.set("TypeDef", image.typedef("Box`1"), "TypeName", image.stream["#Strings"].size)
    return image.data


@corruption("bad-blob-index.dll")
def bad_blob_index(image):
    """A method's signature is the #Blob index one past the heap's last byte."""
    image.set("MethodDef", describe_method(image), "Signature", image.stream["#Blob"].size)
    return image.data


@corruption("bad-blob-length.dll")
def bad_blob_length(image):
    """The last blob a table refers to has a length prefix one byte longer
    than what remains of the #Blob heap."""
    index = max(entry[3] for entry in image.blob_columns())
    at, prefix, _ = image.blob_entry(index)
    length = image.stream["#Blob"].size - index  # needs prefix + length bytes
    assert prefix == 1 and length < 0x80
    image.data[at] = length
    return image.data


@corruption("bad-guid-index.dll")
def bad_guid_index(image):
    """The module's MVID is #GUID entry 2 of a heap that holds one."""
    image.set("Module", 1, "Mvid", image.stream["#GUID"].size // 16 + 1)
    return image.data


@corruption("bad-coded-index-tag.dll")
def bad_coded_index_tag(image):
    """A TypeDef's Extends uses tag 3 of TypeDefOrRef, which names no table."""
    image.set("TypeDef", image.typedef("Sample"), "Extends", 1 << 2 | 3)
    return image.data


@corruption("coded-index-rid-past-end.dll")
def coded_index_rid_past_end(image):
    """A MemberRef's Class names TypeRef row count + 1 (MemberRefParent tag 1)."""
    image.set("MemberRef", 1, "Class", (image.rows("TypeRef") + 1) << 3 | 1)
    return image.data


@corruption("list-index-past-end.dll")
def list_index_past_end(image):
    """The last TypeDef's MethodList starts at MethodDef row count + 2; only
    row count + 1 (an empty list) may lie past the table."""
    image.set("TypeDef", image.rows("TypeDef"), "MethodList", image.rows("MethodDef") + 2)
    return image.data


@corruption("list-goes-backwards.dll")
def list_goes_backwards(image):
    """The last TypeDef's MethodList starts before the previous TypeDef's:
    the two runs would overlap, and a binary search for a method's owner
    over a list that is not sorted answers wrongly."""
    last = image.rows("TypeDef")
    image.set("TypeDef", last, "MethodList", image.get("TypeDef", last - 1, "MethodList") - 1)
    return image.data


@corruption("bad-constant.dll")
def bad_constant(image):
    """The int64 constant Limit has a value blob of 4 bytes: reading the
    value as its type says would take 8."""
    field = image.field("Limit")
    for rid in range(1, image.rows("Constant") + 1):
        if image.get("Constant", rid, "Parent") == field << 2 | 0:  # HasConstant tag 0: Field
            assert image.get("Constant", rid, "Type") & 0xFF == 0x0A  # ELEMENT_TYPE_I8
            at, prefix, length = image.blob_entry(image.get("Constant", rid, "Value"))
            assert prefix == 1 and length == 8
            image.data[at] = 4
            return image.data
    raise KeyError("no Constant row for Limit")


# ---- method bodies

@corruption("method-rva-outside.dll")
def method_rva_outside(image):
    """A method body at RVA 0x00F00000, which no section maps."""
    image.set("MethodDef", describe_method(image), "RVA", 0x00F00000)
    return image.data


@corruption("method-fat-header-bad-size.dll")
def method_fat_header_bad_size(image):
    """A fat method header says it is 4 bytes long (1 dword); a fat header
    is 12, so its own fields would overlap the IL."""
    body = image.body(describe_method(image))
    assert body.fat
    flags = u16(image.data, body.start)
    put16(image.data, body.start, (flags & 0x0FFF) | 1 << 12)
    return image.data


@corruption("method-code-past-section.dll")
def method_code_past_section(image):
    """A method's code size runs one byte past the end of its section."""
    body = image.body(describe_method(image))
    body.set_code_size(image.data, image.bytes_to_section_end(body.start) - body.header_size + 1)
    return image.data


@corruption("eh-section-bad-size.dll")
def eh_section_bad_size(image):
    """The exception-handling section says it is 3 bytes, less than its own
    4-byte header: a walker that adds the size to move on would stall or
    step backwards."""
    body = image.body(describe_method(image))
    assert body.eh is not None
    d = image.data
    if d[body.eh] & 0x40:
        d[body.eh + 1:body.eh + 4] = (3).to_bytes(3, "little")
    else:
        d[body.eh + 1] = 3
    return d


@corruption("eh-clause-outside-code.dll")
def eh_clause_outside_code(image):
    """The first exception clause's handler starts at 0xFFF0, far past the
    method's code: the section itself is well formed, the range it names is
    not."""
    body = image.body(describe_method(image))
    assert body.eh is not None
    d = image.data
    clause = body.eh + 4
    if d[body.eh] & 0x40:
        put32(d, clause + 12, 0xFFF0)
    else:
        put16(d, clause + 5, 0xFFF0)
    return d


@corruption("eh-section-past-end.dll")
def eh_section_past_end(image):
    """The exception-handling section (made fat-format) is one byte longer
    than what is left of the section the method lives in."""
    body = image.body(describe_method(image))
    assert body.eh is not None
    d = image.data
    size = image.bytes_to_section_end(body.eh) + 1
    d[body.eh] |= 0x40
    d[body.eh + 1:body.eh + 4] = size.to_bytes(3, "little")
    return d


@corruption("bad-locals-token.dll")
def bad_locals_token(image):
    """A fat header's LocalVarSigTok names StandAloneSig row count + 1."""
    body = image.body(describe_method(image))
    assert body.fat and u32(image.data, body.local_sig_offset)
    put32(image.data, body.local_sig_offset, TOKEN_STANDALONESIG << 24 | image.rows("StandAloneSig") + 1)
    return image.data


# ---- IL

@corruption("bad-opcode.dll")
def bad_opcode(image):
    """The method's last instruction becomes 0x24, an opcode ECMA-335 leaves
    undefined."""
    body = image.body(describe_method(image))
    last = body.instructions(image.data)[-1]
    image.data[last.file_offset] = UNDEFINED_OPCODE
    return image.data


@corruption("operand-truncated.dll")
def operand_truncated(image):
    """Box`1's constructor (a tiny header) has its code size cut by one
    byte inside its last instruction with an operand (stfld): the token's
    last byte is past the end of the code."""
    body = image.body(image.method("Box`1", ".ctor"))
    assert not body.fat
    last = [i for i in body.instructions(image.data) if i.operand_size][-1]
    assert last.opcode == OP_STFLD
    body.set_code_size(image.data, last.il_offset + last.size - 1)
    return image.data


@corruption("switch-count-huge.dll")
def switch_count_huge(image):
    """The switch's target count is 0x40000000: count * 4 wraps to 0 in 32
    bits, so a careless bounds check passes and the targets are read far
    past the code."""
    body = image.body(describe_method(image))
    put32(image.data, first_instr(image, body, OP_SWITCH).operand_offset, 0x40000000)
    return image.data


@corruption("bad-method-token.dll")
def bad_method_token(image):
    """A call's token names MemberRef row count + 1."""
    body = image.body(image.method("Box`1", ".ctor"))
    put32(image.data, first_instr(image, body, OP_CALL).operand_offset,
          TOKEN_MEMBERREF << 24 | image.rows("MemberRef") + 1)
    return image.data


@corruption("bad-string-token.dll")
def bad_string_token(image):
    """An ldstr's token is the #US offset one past the heap's last byte."""
    body = image.body(describe_method(image))
    put32(image.data, first_instr(image, body, OP_LDSTR).operand_offset,
          TOKEN_USER_STRING << 24 | image.stream["#US"].size)
    return image.data


# ---- signatures

@corruption("bad-signature.dll")
def bad_signature(image):
    """Describe's signature (static string(int32)) has its parameter type
    replaced by 0x17, an element type ECMA-335 does not define."""
    at, prefix, length = image.blob_entry(image.get("MethodDef", describe_method(image), "Signature"))
    sig = image.data[at + prefix:at + prefix + length]
    assert bytes(sig) == b"\x00\x01\x0e\x08", sig.hex()
    image.data[at + prefix + 3] = 0x17
    return image.data


@corruption("deep-signature.dll")
def deep_signature(image):
    """A field's signature is int32 wrapped in 10000 SZARRAYs: a decoder
    that recurses once per level without a bound overflows the stack. The
    blob is appended to a copy of the #Blob heap in relocated metadata."""
    nested = bytes([0x06]) + bytes([0x1D]) * 10000 + bytes([0x08])
    blobs = image.heap("#Blob")
    image.set("Field", image.field("misses"), "Signature", len(blobs))
    blobs += compressed(len(nested)) + nested
    streams = [(name, blobs if name == "#Blob" else content) for name, content in image.own_streams()]
    return image.with_streams(streams).data


@corruption("typespec-cycle.dll")
def typespec_cycle(image):
    """The TypeSpec for Box<int> becomes GENERICINST of TypeSpec 1 itself:
    a type defined by itself, which a printer or loader following it would
    chase forever."""
    for rid in range(1, image.rows("TypeSpec") + 1):
        at, prefix, length = image.blob_entry(image.get("TypeSpec", rid, "Signature"))
        sig = image.data[at + prefix:at + prefix + length]
        if sig[:2] == b"\x15\x12" and length == 5:
            image.data[at + prefix + 2] = compressed(rid << 2 | 2)[0]  # TypeSpec rid, tag 2
            return image.data
    raise KeyError("no GENERICINST CLASS TypeSpec")


@corruption("nested-class-cycle.dll")
def nested_class_cycle(image):
    """NestedClass says Node is nested in Sample and (a row added, keeping
    the table sorted) Sample in Node: a full name built by walking to the
    outermost type never ends."""
    sample, node = image.typedef("Sample"), image.typedef("Node")
    assert image.rows("NestedClass") == 1 and image.get("NestedClass", 1, "NestedClass") == node
    assert sample < node
    return image.with_row("NestedClass", 1, [sample, node]).data


@corruption("typeref-scope-cycle.dll")
def typeref_scope_cycle(image):
    """TypeRef 1 is scoped in TypeRef 2 and TypeRef 2 in TypeRef 1 (each a
    nested type of the other), so neither has an outermost type."""
    image.set("TypeRef", 1, "ResolutionScope", 2 << 2 | 3)  # ResolutionScope tag 3: TypeRef
    image.set("TypeRef", 2, "ResolutionScope", 1 << 2 | 3)
    return image.data


# ---- a portable PDB

def pdb_truncated():
    """The first half of a portable PDB (tests/fixtures/pdbsample.pdb): bare
    metadata whose streams run past the end of the file."""
    with open(PDB_FIXTURE, "rb") as f:
        data = f.read()
    return data[:len(data) // 2]


# ------------------------------------------------------------------ main

README_HEAD = """\
Hostile images for `python3 tests/run --suite bad`.

Every file here except this README, make_bad.py and base.dll.in must make
`lucid dis FILE` print `lucid: FILE: bad image: REASON` as the last line of
stderr and exit 2, without crashing, hanging or a sanitizer report.

All of them are written by make_bad.py from base.dll.in, a small assembly
that make_bad.py compiles with mcs from the C# source it embeds (its MVID
and PE timestamp fixed to constants). To regenerate, from the repository
root:

    python3 tests/bad/make_bad.py                  # byte-identical on rerun
    python3 tests/bad/make_bad.py --rebuild-base   # recompile base.dll.in first

Only --rebuild-base needs mcs, and it may change every file if mcs's output
differs. Files that make_bad.py no longer makes are not deleted by it.

Files, and what each breaks:
"""


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--rebuild-base", action="store_true", help="compile base.dll.in afresh with mcs")
    ap.add_argument("--out", default=HERE, help="where to write the files (default: tests/bad)")
    args = ap.parse_args()

    if args.rebuild_base or not os.path.exists(BASE):
        with open(BASE, "wb") as f:
            f.write(compile_base())
        print(f"wrote {os.path.relpath(BASE, ROOT)}")
    with open(BASE, "rb") as f:
        base = f.read()
    Image(base)  # parses, or fails loudly

    os.makedirs(args.out, exist_ok=True)
    made = []
    for filename, fn in CORRUPTIONS:
        made.append((filename, fn.__doc__, bytes(fn(Image(base)))))
    if os.path.exists(PDB_FIXTURE):
        made.append(("pdb-truncated.dll", pdb_truncated.__doc__, pdb_truncated()))
    else:
        print(f"skipped pdb-truncated.dll: {os.path.relpath(PDB_FIXTURE, ROOT)} not found")

    lines = [README_HEAD]
    for filename, doc, data in made:
        with open(os.path.join(args.out, filename), "wb") as f:
            f.write(data)
        summary = textwrap.fill(" ".join(doc.split()), 76, initial_indent="    ", subsequent_indent="    ")
        lines.append(f"{filename}\n{summary}\n")
    with open(os.path.join(args.out, "README.txt"), "w") as f:
        f.write("\n".join(lines))
    print(f"wrote {len(made)} files and README.txt to {os.path.relpath(args.out, ROOT)}")


if __name__ == "__main__":
    main()
