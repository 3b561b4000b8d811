// A program alpha installs (in <prefix>/bin): the app's tests run it by name, so it must be on PATH, and find the
// shared alpha through the library path.
#include "alpha.hpp"
#include <cstdio>

int main() {
  std::printf("alpha value %d\n", alpha::value());
  return alpha::value() > 0 ? 0 : 1;
}
