#include "alpha.hpp"
#ifdef ALPHA_FAIL
#error "ALPHA_FAIL is set: this build fails on purpose"
#endif
namespace alpha {
int value() { return 40 + 1; }
}
