/*
 * Wine-only stand-in for Windows 10's system ICU (icuuc.dll). Never shipped: it is built into
 * packaging/windows/out/ and copied into the throw-away Wine prefix only.
 *
 * Qt6Core.dll imports these ucnv_* names from the system ICU that every Windows 10 and later carries;
 * Wine 8.0 has no icuuc.dll, so the loader refuses Qt6Core. Every ucnv_open fails here, so Qt keeps to
 * its built-in UTF-8/UTF-16/Latin-1 codecs, which is all the desk uses. Windows x64 has one calling
 * convention and the caller cleans the stack, so argument-less stubs returning zero are safe.
 */
#include <stddef.h>

#define U_FILE_ACCESS_ERROR 4

__declspec(dllexport) void *ucnv_open(const char *name, int *err)
{
    (void)name;
    if (err != NULL && *err <= 0)
        *err = U_FILE_ACCESS_ERROR;
    return NULL;
}

#define STUB(name) __declspec(dllexport) long long name(void) { return 0; }
STUB(ucnv_close)
STUB(ucnv_reset)
STUB(ucnv_getMaxCharSize)
STUB(ucnv_getName)
STUB(ucnv_getToUCallBack)
STUB(ucnv_getFromUCallBack)
STUB(ucnv_setToUCallBack)
STUB(ucnv_setFromUCallBack)
STUB(ucnv_cbToUWriteUChars)
STUB(ucnv_cbFromUWriteUChars)
STUB(ucnv_toUnicode)
STUB(ucnv_fromUnicode)
STUB(ucnv_toUCountPending)
STUB(ucnv_fromUCountPending)
STUB(ucnv_getStandardName)
STUB(ucnv_getAvailableName)
STUB(ucnv_countAvailable)
STUB(UCNV_FROM_U_CALLBACK_SUBSTITUTE)
STUB(UCNV_TO_U_CALLBACK_SUBSTITUTE)
