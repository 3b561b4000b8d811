#include "greet/greet.hpp"

#include <iomanip>
#include <numeric>
#include <regex>
#include <sstream>

namespace greet {
std::string format_list(const std::vector<std::string>& items) {
  std::ostringstream out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out << (i + 1 == items.size() ? " and " : ", ");
    out << std::regex_replace(items[i], std::regex("\\s+"), " ");
  }
  return out.str();
}
}  // namespace greet
