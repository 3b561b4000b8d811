#include <cmath>
#include <iostream>
#include <string>

#include "greet/greet.hpp"

namespace {
int check(bool ok, const std::string& what) {
  std::cout << (ok ? "ok: " : "FAILED: ") << what << "\n";
  return ok ? 0 : 1;
}
}  // namespace

int main(int argc, char** argv) {
  const std::string which = argc > 1 ? argv[1] : "";
  if (which == "default") return check(greet::greeting("") == "Hello, world!", "empty name greets the world");
  if (which == "name") return check(greet::greeting("Ada") == "Hello, Ada!", "a name is greeted");
  if (which == "parse") {
    const auto v = greet::parse_numbers("1, 2.5 and -3e1");
    return check(v.size() == 3 && v[2] == -30.0, "numbers are parsed");
  }
  if (which == "stats") return check(std::fabs(greet::mean({1, 2, 3}) - 2.0) < 1e-12, "mean of 1 2 3 is 2");
  if (which == "table") return check(greet::table({{"a", 1.0}}).find("a    | 1.00") != std::string::npos, "table is aligned");
  std::cerr << "unknown test '" << which << "'\n";
  return 2;
}
