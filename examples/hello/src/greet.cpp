#include "greet/greet.hpp"

#include <fstream>
#include <regex>
#include <sstream>

namespace greet {
std::string greeting(const std::string& name) {
  static const std::regex valid("^[A-Za-z][A-Za-z .'-]*$");
  std::ostringstream out;
  out << "Hello, " << (std::regex_match(name, valid) ? name : std::string("world")) << "!";
  return out.str();
}

bool has_gpu() {
  std::ifstream dev("/dev/nvidiactl");
  return dev.good();
}
}  // namespace greet
