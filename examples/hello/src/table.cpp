#include "greet/greet.hpp"

#include <algorithm>
#include <iomanip>
#include <regex>
#include <sstream>

namespace greet {
std::string table(const std::map<std::string, double>& rows) {
  std::size_t width = 4;
  for (const auto& row : rows) width = std::max(width, row.first.size());
  std::ostringstream out;
  out << std::left << std::setw(static_cast<int>(width)) << "name" << " | value\n";
  for (const auto& row : rows) {
    out << std::left << std::setw(static_cast<int>(width)) << std::regex_replace(row.first, std::regex("\\|"), "/")
        << " | " << std::fixed << std::setprecision(2) << row.second << "\n";
  }
  return out.str();
}
}  // namespace greet
