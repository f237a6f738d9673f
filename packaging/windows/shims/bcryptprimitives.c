/*
 * Wine-only stand-in for bcryptprimitives.dll!ProcessPrng, which Wine 8.0 lacks. Never shipped: it is
 * built into packaging/windows/out/ and copied into the throw-away Wine prefix only.
 *
 * Rust's standard library (pydantic-core, cryptography's _rust.pyd) imports ProcessPrng; without it
 * those extension modules fail with "DLL load failed". The bytes come from RtlGenRandom
 * (advapi32!SystemFunction036), Wine's own system random source.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
