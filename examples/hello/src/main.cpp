#include <cstring>
#include <iostream>

#include "greet/greet.hpp"

int main(int argc, char** argv) {
  if (argc > 1 && std::strcmp(argv[1], "--gpu") == 0) {
    if (!greet::has_gpu()) {
      std::cerr << "no NVIDIA GPU device found (/dev/nvidiactl is missing)\n";
      return 1;
    }
    std::cout << "GPU device present\n";
    return 0;
  }
  std::cout << greet::greeting(argc > 1 ? argv[1] : "ASWF") << "\n";
  std::cout << "Projects: " << greet::format_list(greet::known_names()) << "\n";
  return 0;
}
