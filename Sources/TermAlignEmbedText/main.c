// The EmbedText plugin's tool: writes a Swift file that holds a UTF-8 text file as a string constant.
// Usage: TermAlignEmbedText INPUT OUTPUT NAME TYPE PROPERTY (NAME: the input as the comment calls it).
//
// It is C with a weak `main` because `make fuzz` builds the whole package with -sanitize=fuzzer, which
// links libFuzzer's own `main` into every executable: there, libFuzzer's `main` wins and calls
// LLVMFuzzerInitialize first, which does the same work and exits; elsewhere the weak `main` is the
// only one.
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void fail(const char *format, const char *path, long number) {
    fprintf(stderr, "TermAlignEmbedText: error: ");
    fprintf(stderr, format, path, number);
    fputc('\n', stderr);
    exit(1);
}

/// The whole file at `path` (NULL and a zero size when `optional` and there is none).
static unsigned char *read_file(const char *path, size_t *size, int optional) {
    FILE *file = fopen(path, "rb");
    *size = 0;
    if (file == NULL) {
        if (optional && errno == ENOENT) return NULL;
        fail("%s: cannot read (errno %ld)", path, errno);
    }
    size_t capacity = 65536;
    unsigned char *bytes = malloc(capacity);
    if (bytes == NULL) fail("%s: out of memory (%ld bytes)", path, (long)capacity);
    size_t count;
    while ((count = fread(bytes + *size, 1, capacity - *size, file)) > 0) {
        *size += count;
        if (*size == capacity) {
            capacity *= 2;
            bytes = realloc(bytes, capacity);
            if (bytes == NULL) fail("%s: out of memory (%ld bytes)", path, (long)capacity);
        }
    }
    if (ferror(file)) fail("%s: read error (errno %ld)", path, errno);
    fclose(file);
    return bytes;
}

/// The offset of the first byte that is not part of well-formed UTF-8, or -1.
static long first_invalid_byte(const unsigned char *bytes, size_t size) {
    size_t at = 0;
    while (at < size) {
        unsigned char lead = bytes[at];
        size_t length = lead < 0x80 ? 1 : (lead >= 0xC2 && lead <= 0xDF) ? 2 : (lead >= 0xE0 && lead <= 0xEF) ? 3
                                                                         : (lead >= 0xF0 && lead <= 0xF4) ? 4 : 0;
        if (length == 0 || at + length > size) return (long)at;
        for (size_t next = 1; next < length; next++) {
            if ((bytes[at + next] & 0xC0) != 0x80) return (long)at;
        }
        // Overlong three- and four-byte forms, surrogates and values past U+10FFFF.
        if ((lead == 0xE0 && bytes[at + 1] < 0xA0) || (lead == 0xED && bytes[at + 1] > 0x9F) ||
            (lead == 0xF0 && bytes[at + 1] < 0x90) || (lead == 0xF4 && bytes[at + 1] > 0x8F)) {
            return (long)at;
        }
        at += length;
    }
    return -1;
}

/// Appends `text` to the growing buffer.
static void append(char **buffer, size_t *size, size_t *capacity, const char *text, size_t length) {
    if (*size + length + 1 > *capacity) {
        while (*size + length + 1 > *capacity) *capacity *= 2;
        *buffer = realloc(*buffer, *capacity);
        if (*buffer == NULL) fail("%s: out of memory (%ld bytes)", "output", (long)*capacity);
    }
    memcpy(*buffer + *size, text, length);
    *size += length;
}

static void embed(int argc, char **argv) {
    if (argc != 6) fail("usage: %s INPUT OUTPUT NAME TYPE PROPERTY (%ld arguments given)", "TermAlignEmbedText", argc - 1);
    const char *input = argv[1], *output = argv[2], *name = argv[3], *type = argv[4], *property = argv[5];
    size_t size;
    unsigned char *bytes = read_file(input, &size, 0);
    long invalid = first_invalid_byte(bytes, size);
    if (invalid >= 0) fail("%s: not valid UTF-8 at byte offset %ld; save the file as UTF-8", input, invalid);

    size_t capacity = size * 2 + 1024, length = 0;
    char *source = malloc(capacity);
    if (source == NULL) fail("%s: out of memory (%ld bytes)", input, (long)capacity);
    char line[4096];
    int written = snprintf(line, sizeof line,
                           "// Generated at build time by the EmbedText plugin from %s; edit that file, not this one.\n\n"
                           "extension %s {\n    /// The text of %s, as the build found it.\n    static let %s = \"",
                           name, type, name, property);
    append(&source, &length, &capacity, line, (size_t)written);
    // Quotes, backslashes and control characters escaped, everything else as it is, so that the
    // constant holds exactly the file's characters, line endings included.
    for (size_t at = 0; at < size; at++) {
        unsigned char byte = bytes[at];
        char escaped[16];
        const char *text = escaped;
        size_t count = 1;
        switch (byte) {
        case '"': text = "\\\""; count = 2; break;
        case '\\': text = "\\\\"; count = 2; break;
        case '\n': text = "\\n"; count = 2; break;
        case '\r': text = "\\r"; count = 2; break;
        case '\t': text = "\\t"; count = 2; break;
        default:
            if (byte < 0x20 || byte == 0x7F) {
                count = (size_t)snprintf(escaped, sizeof escaped, "\\u{%x}", byte);
            } else {
                escaped[0] = (char)byte;
            }
        }
        append(&source, &length, &capacity, text, count);
    }
    append(&source, &length, &capacity, "\"\n}\n", 4);

    // Written only when it changes, so that an unchanged file rebuilds nothing.
    size_t old_size;
    unsigned char *old = read_file(output, &old_size, 1);
    if (old != NULL && old_size == length && memcmp(old, source, length) == 0) return;
    FILE *file = fopen(output, "wb");
    if (file == NULL) fail("%s: cannot write (errno %ld)", output, errno);
    if (fwrite(source, 1, length, file) != length || fclose(file) != 0) fail("%s: write error (errno %ld)", output, errno);
}

__attribute__((weak)) int main(int argc, char **argv) {
    embed(argc, argv);
    return 0;
}

// Under -sanitize=fuzzer (see above): the work is done before libFuzzer looks at the arguments.
int LLVMFuzzerInitialize(int *argc, char ***argv) {
    embed(*argc, *argv);
    exit(0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    (void)data;
    (void)size;
    return 0;
}
