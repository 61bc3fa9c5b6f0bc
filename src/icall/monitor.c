/*
 * monitor.c - System.Threading.Monitor and Object's hash code, over the
 * engine's sync words (vm/sync.c). C# `lock` reaches try_enter_with_atomic_var
 * through Monitor.Enter(object, ref bool).
 */
#include "icall/internal.h"

static bool argument_null(VmIcallContext *context) {
    return icall_throw_argument_null(context, "obj");
}

static bool not_synchronised(VmIcallContext *context) {
    return icall_throw(context, "System.Threading.SynchronizationLockException: Object synchronization method was "
                                "called from an unsynchronized block of code.");
}

/* Takes the lock, or gives up after the timeout; lockTaken tells which. */
static bool try_enter(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    uint8_t *taken = args[2].p;
    if (!args[0].p)
        return argument_null(context);
    if (*taken)
        return icall_throw_argument(context, "lockTaken is already true", "lockTaken");
    VmMonitorResult entered = vm_monitor_enter(context->vm, context->thread, args[0].p, args[1].i4);
    if (entered == VM_MONITOR_NO_MEMORY)
        return icall_out_of_memory(context);
    *taken = entered == VM_MONITOR_TAKEN;
    return true;
}

static bool enter(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return argument_null(context);
    if (vm_monitor_enter(context->vm, context->thread, args[0].p, -1) == VM_MONITOR_NO_MEMORY)
        return icall_out_of_memory(context);
    return true;
}

static bool monitor_exit(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return argument_null(context);
    return vm_monitor_exit(context->vm, context->thread, args[0].p) || not_synchronised(context);
}

static bool test_owner(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return argument_null(context);
    result->i4 = vm_monitor_owned(context->vm, context->thread, args[0].p);
    return true;
}

static bool test_synchronised(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return argument_null(context);
    result->i4 = vm_monitor_locked(context->vm, args[0].p);
    return true;
}

static bool wait(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return argument_null(context);
    VmMonitorResult waited = vm_monitor_wait(context->vm, context->thread, args[0].p, args[1].i4);
    if (waited == VM_MONITOR_NOT_OWNER)
        return not_synchronised(context);
    result->i4 = waited == VM_MONITOR_TAKEN;
    return true;
}

static bool pulse(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return argument_null(context);
    return vm_monitor_pulse(context->vm, context->thread, args[0].p, false) || not_synchronised(context);
}

static bool pulse_all(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    if (!args[0].p)
        return argument_null(context);
    return vm_monitor_pulse(context->vm, context->thread, args[0].p, true) || not_synchronised(context);
}

/* Object.InternalGetHashCode (RuntimeHelpers.GetHashCode too): identity. */
static bool hash_code(VmIcallContext *context, VmSlot *args, VmSlot *result) {
    result->i4 = args[0].p ? vm_object_hash(context->vm, args[0].p) : 0;
    return true;
}

const VmIcall icall_monitor[] = {
    {"System.Threading.Monitor::try_enter_with_atomic_var", try_enter},
    {"System.Threading.Monitor::Enter", enter},
    {"System.Threading.Monitor::Exit", monitor_exit},
    {"System.Threading.Monitor::Monitor_test_owner", test_owner},
    {"System.Threading.Monitor::Monitor_test_synchronised", test_synchronised},
    {"System.Threading.Monitor::Monitor_wait", wait},
    {"System.Threading.Monitor::Monitor_pulse", pulse},
    {"System.Threading.Monitor::Monitor_pulse_all", pulse_all},
    {"System.Object::InternalGetHashCode", hash_code},
};
const uint32_t icall_monitor_count = ICALL_COUNT(icall_monitor);
