#include <alpha.hpp>
#include <beta.hpp>
#include <cstdio>

int main() {
  std::printf("alpha %d, beta %d\n", alpha::value(), beta::value());
  return beta::value() == 2 * alpha::value() ? 0 : 1;
}
