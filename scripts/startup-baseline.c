// The Corpus scale issue's start-up baseline: read the files named on the command line and run ICU's
// NFKC_Casefold over each, as the least any comparison of them must do. scripts/bench-startup.sh
// builds it and times `termalign compare` against it.
#include <stdio.h>
#include <stdlib.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>

int main(int argc, char **argv) {
    UErrorCode status = U_ZERO_ERROR;
    const UNormalizer2 *casefold = unorm2_getNFKCCasefoldInstance(&status);
    long folded = 0;
    for (int index = 1; index < argc; index++) {
        FILE *file = fopen(argv[index], "rb");
        if (file == NULL) return 2;
        fseek(file, 0, SEEK_END);
        long size = ftell(file);
        fseek(file, 0, SEEK_SET);
        char *bytes = malloc(size);
        if (fread(bytes, 1, size, file) != (size_t)size) return 2;
        fclose(file);
        UChar *utf16 = malloc(sizeof(UChar) * (size + 1));
        int32_t length = 0;
        u_strFromUTF8(utf16, size + 1, &length, bytes, size, &status);
        UChar *out = malloc(sizeof(UChar) * (length * 3 + 16));
        folded += unorm2_normalize(casefold, utf16, length, out, length * 3 + 16, &status);
        free(bytes);
        free(utf16);
        free(out);
    }
    printf("%ld %s\n", folded, u_errorName(status));
    return U_FAILURE(status) ? 1 : 0;
}
