#include "greet/greet.hpp"

#include <regex>
#include <string>

namespace greet {
std::vector<double> parse_numbers(const std::string& text) {
  static const std::regex number("[-+]?[0-9]*\\.?[0-9]+([eE][-+]?[0-9]+)?");
  std::vector<double> out;
  for (auto it = std::sregex_iterator(text.begin(), text.end(), number); it != std::sregex_iterator(); ++it) {
    out.push_back(std::stod(it->str()));
  }
  return out;
}
}  // namespace greet
