// A stand-in disk for benchmarks whose flushes cost a fixed time, whatever else the machine does:
// preloaded, it makes every fsync() and fdatasync() wait FIXED_FLUSH_US microseconds (default
// 4000, about what one flush costs on the project's machine) and then return without flushing.
//
//   LD_PRELOAD=build/release/tests/bench/libfixedflush.so build/release/tests/bench/bench_evidence ...
//
// Wall-clock times then count the flushes a program asks for, not the moods of a shared disk, so
// two builds compare in one run. Never for anything but measuring: nothing reaches the disk.
#include <cstdlib>

#include <unistd.h>

namespace {

int wait()
{
    const char *value = std::getenv("FIXED_FLUSH_US");
    usleep(value ? useconds_t(std::atoi(value)) : 4000);
    return 0;
}

} // namespace

extern "C" int fsync(int)
{
    return wait();
}

extern "C" int fdatasync(int)
{
    return wait();
}
