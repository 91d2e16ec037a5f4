import Foundation

// Two ways to drive the readers:
// - built by scripts/fuzz.sh libfuzzer with `swiftc -sanitize=fuzzer -D TWINLINK_LIBFUZZER`:
//   libFuzzer's coverage-guided engine (with its own `main`) calls LLVMFuzzerTestOneInput;
// - otherwise (the package target): a seeded mutation loop over the corpus for a bounded time.

#if TWINLINK_LIBFUZZER
    @_cdecl("LLVMFuzzerTestOneInput")
    public func fuzzOne(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
        FuzzTargets.run(bytes.map { Data(bytes: $0, count: count) } ?? Data())
        return 0
    }
#else
    @main
    enum Entry {
        static func main() { MutationFuzzer.main() }
    }
#endif
