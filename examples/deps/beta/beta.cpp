#include "beta.hpp"
#include <alpha.hpp>
namespace beta {
int value() { return 2 * alpha::value(); }
}
